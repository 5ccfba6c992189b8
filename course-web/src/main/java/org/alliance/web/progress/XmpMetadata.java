package org.alliance.web.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The XMP metadata stream PDF/UA asks for: the title (Dublin Core, as in the document information), the language,
 * dates and producer, and the PDF/UA identification ({@code pdfuaid:part} 1), which tells assistive software that
 * the file claims to be accessible.
 */
final class XmpMetadata {
    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

    private XmpMetadata() {}

    static void attach(PDDocument doc, String title, String language, Calendar created) {
        try {
            var xmp = XMPMetadata.createXMPMetadata();
            var dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addLanguage(language);
            dc.setFormat("application/pdf");
            var basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(created);
            basic.setCreatorTool("Alliance");
            var ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
            ua.setIntegerPropertyValueAsSimple("part", 1);
            xmp.addSchema(ua);
            var out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            var metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(out.toByteArray());
            metadata.getCOSObject().setItem(COSName.TYPE, COSName.METADATA);
            doc.getDocumentCatalog().setMetadata(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("XMP metadata could not be written", e);
        }
    }
}
