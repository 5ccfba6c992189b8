package org.alliance.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Long content flows onto more pages, every page keeps its entry in the parent tree, odd characters do not fail. */
class TaggedPdfTest {

    @Test
    void a_long_table_flows_over_pages_and_each_page_is_in_the_parent_tree() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of(
                    "Activity number " + i + " with a title long enough to wrap inside its narrow cell", "Quiz"));
        }
        byte[] bytes;
        try (var pdf = new TaggedPdf("Long", "en")) {
            pdf.heading(1, "Long \u2014 with \u4e2d\u6587 and \u2019quotes\u2019");
            pdf.table(List.of("Activity", "Kind"), rows, new float[] {0.3f, 0.7f});
            pdf.paragraph("The end");
            bytes = pdf.bytes();
        }
        try (var doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            var tree = doc.getDocumentCatalog().getStructureTreeRoot();
            assertThat(tree.getParentTreeNextKey()).isEqualTo(doc.getNumberOfPages());
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                assertThat(doc.getPage(page).getStructParents()).isEqualTo(page);
                assertThat(((PDParentTreeValue) tree.getParentTree().getValue(page)).getCOSObject())
                        .as("page %d", page)
                        .isNotNull();
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Long \u2014 with ?? and \u2019quotes\u2019", "Activity number 150", "The end");
        }
        assertThat(PdfUa.failures(bytes)).as("veraPDF, PDF/UA-1").isEmpty();
    }

    /** The judge itself: an untagged page with a non-embedded font must fail it, on the rules that say so. */
    @Test
    void verapdf_fails_an_untagged_pdf() throws Exception {
        byte[] bytes;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                stream.beginText();
                stream.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        12);
                stream.showText("Untagged");
                stream.endText();
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        var failures = PdfUa.failures(bytes);
        // 6.2: not marked as tagged; 7.1-8: no XMP metadata; 7.1-11: no structure tree; 7.21.4.1: font not embedded.
        assertThat(failures)
                .anyMatch(f -> f.startsWith("6.2-1:"))
                .anyMatch(f -> f.startsWith("7.1-8:"))
                .anyMatch(f -> f.startsWith("7.1-11:"))
                .anyMatch(f -> f.startsWith("7.21.4.1-1:"));
    }

    @Test
    void names_in_greek_cyrillic_and_accented_latin_print_as_written() throws Exception {
        String names = "Zo\u00eb Papadopoulou, \u0396\u03c9\u03ae \u03a0\u03b1\u03c0\u03b1\u03b4\u03bf\u03c0"
                + "\u03bf\u03cd\u03bb\u03bf\u03c5, \u041e\u043b\u044c\u0433\u0430 \u0418\u0432\u0430\u043d"
                + "\u043e\u0432\u0430, \u0141ukasz Wi\u015bniewski, \u0218tefan";
        byte[] bytes;
        try (var pdf = new TaggedPdf("Transcript of " + names, "en")) {
            pdf.heading(1, names);
            pdf.table(List.of("Student", "Course"), List.of(List.of(names, "\u00c9coute")), new float[] {0.6f, 0.4f});
            bytes = pdf.bytes();
        }
        try (var doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(names, "\u00c9coute").doesNotContain("?");
            doc.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    var font = doc.getPage(0).getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            var xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid:part", "\u0396\u03c9\u03ae");
        }
        assertThat(PdfUa.failures(bytes)).as("veraPDF, PDF/UA-1").isEmpty();
    }
}
