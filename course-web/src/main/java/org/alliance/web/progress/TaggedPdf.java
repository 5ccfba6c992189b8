package org.alliance.web.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A small writer of tagged PDF with PDFBox: headings, paragraphs and tables flow down A4 pages, and each one
 * is a structure element (H1, H2, P, Table/TR/TH/TD) whose text is marked content, so a screen reader reads
 * the document in order, knows its headings and table headers, its language and its title (also in XMP metadata,
 * with the PDF/UA identification). Text in Liberation Sans, embedded (subset), which covers Latin, Greek and
 * Cyrillic; a character it cannot show (Chinese, say) becomes "?" rather than failing the download.
 */
final class TaggedPdf implements AutoCloseable {
    private static final float MARGIN = 56;
    private static final float LEADING = 1.35f;

    private final PDDocument doc = new PDDocument();
    private final PDFont regular = font("LiberationSans-Regular");
    private final PDFont bold = font("LiberationSans-Bold");
    private final PDStructureElement root;
    private final Map<Integer, List<PDStructureElement>> parentTree = new HashMap<>();
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    TaggedPdf(String title, String language) {
        var catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        var mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        var tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        tree.appendKid(root);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Alliance");
        var created = Calendar.getInstance();
        info.setCreationDate(created);
        XmpMetadata.attach(doc, title, language, created);
        newPage();
    }

    /** A font of openpdf-fonts-extra's Liberation set, embedded as a subset of the characters used. */
    private PDFont font(String name) {
        try (var in = TaggedPdf.class.getResourceAsStream("/liberation/" + name + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " missing from the class path (openpdf-fonts-extra)");
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void heading(int level, String text) {
        float size = level == 1 ? 18 : 13;
        space(size * 1.2f);
        block(
                level == 1 ? StandardStructureTypes.H1 : StandardStructureTypes.H2,
                root,
                text,
                bold,
                size,
                MARGIN,
                width());
        y -= size * 0.3f;
    }

    void paragraph(String text) {
        block(StandardStructureTypes.P, root, text, regular, 10, MARGIN, width());
        y -= 4;
    }

    /** A table with one header row; {@code widths} are fractions of the text width. */
    void table(List<String> headers, List<List<String>> rows, float[] widths) {
        var table = new PDStructureElement(StandardStructureTypes.TABLE, root);
        root.appendKid(table);
        row(table, headers, widths, true);
        rows.forEach(r -> row(table, r, widths, false));
        y -= 8;
    }

    private void row(PDStructureElement table, List<String> cells, float[] widths, boolean header) {
        float size = 9;
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            height = Math.max(
                    height,
                    lines(cells.get(i), header ? bold : regular, size, widths[i] * width() - 6)
                                    .size()
                            * size
                            * LEADING);
        }
        space(height + 2);
        var tr = new PDStructureElement(StandardStructureTypes.TR, table);
        table.appendKid(tr);
        float top = y;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            y = top;
            var cell = new PDStructureElement(header ? StandardStructureTypes.TH : StandardStructureTypes.TD, tr);
            if (header) {
                var attributes = new COSDictionary();
                attributes.setName(COSName.O, "Table");
                attributes.setName(COSName.getPDFName("Scope"), "Column");
                cell.getCOSObject().setItem(COSName.A, attributes);
            }
            tr.appendKid(cell);
            text(
                    cell,
                    StandardStructureTypes.SPAN,
                    cells.get(i),
                    header ? bold : regular,
                    size,
                    x,
                    widths[i] * width() - 6);
            x += widths[i] * width();
        }
        y = top - height - 2;
    }

    private void block(String type, PDStructureElement parent, String text, PDFont font, float size, float x, float w) {
        var element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        space(size * LEADING);
        text(element, type, text, font, size, x, w);
    }

    /** Writes wrapped text as one marked-content sequence owned by {@code element}. */
    private void text(PDStructureElement element, String tag, String text, PDFont font, float size, float x, float w) {
        try {
            element.setPage(page);
            int mcid = parentTree
                    .computeIfAbsent(pageIndex(), k -> new ArrayList<>())
                    .size();
            parentTree.get(pageIndex()).add(element);
            var properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(tag), PDPropertyList.create(properties));
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y - size);
            boolean first = true;
            for (String line : lines(text, font, size, w)) {
                if (!first) {
                    stream.newLineAtOffset(0, -size * LEADING);
                    y -= size * LEADING;
                }
                stream.showText(line);
                first = false;
            }
            stream.endText();
            stream.endMarkedContent();
            y -= size * LEADING;
            var content = new PDMarkedContent(COSName.getPDFName(tag), properties);
            element.appendKid(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words wrapped to the width; characters the font cannot encode replaced. */
    private List<String> lines(String text, PDFont font, float size, float w) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : encodable(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && widthOf(candidate, font, size) > w) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String encodable(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.replaceAll("\\s+", " ").codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static float widthOf(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private int pageIndex() {
        return doc.getPages().indexOf(page);
    }

    private void space(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            page.setStructParents(pageIndex());
            // Tab order follows the structure, as PDF/UA asks.
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            stream.close();
            var numbers = new PDNumberTreeNode(PDParentTreeValue.class);
            Map<Integer, PDParentTreeValue> entries = new HashMap<>();
            parentTree.forEach((pageNo, elements) -> {
                var array = new COSArray();
                elements.forEach(e -> array.add(e.getCOSObject()));
                entries.put(pageNo, new PDParentTreeValue(array));
            });
            numbers.setNumbers(entries);
            var tree = doc.getDocumentCatalog().getStructureTreeRoot();
            tree.setParentTree(numbers);
            tree.setParentTreeNextKey(doc.getNumberOfPages());
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
