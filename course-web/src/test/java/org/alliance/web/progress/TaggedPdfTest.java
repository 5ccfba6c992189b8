package org.alliance.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

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
    }
}
