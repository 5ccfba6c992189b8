package org.alliance.web.progress;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Checks a PDF against PDF/UA-1's machine-checkable rules with veraPDF, the reference validator, so our own reading of
 * the standard is not the only judge.
 */
final class PdfUa {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {}

    /** Each failed rule as "clause-test: description (where)"; empty when veraPDF finds the file compliant. */
    static List<String> failures(byte[] pdf) throws Exception {
        var foundry = Foundries.defaultInstance();
        try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                var validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            var result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct()
                    .toList();
        }
    }
}
