package org.thrivemis.host.reference.internal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.thrivemis.mis.api.attendance.AttendanceCode;

/** The key to the register codes shown on a page, in the DfE table's order. */
public final class CodeLegend {

    /**
     * One code and what it means.
     *
     * @param code as written in the register
     * @param meaning in words
     */
    public record Entry(String code, String meaning) {
    }

    private CodeLegend() {
    }

    /** The legend of these codes (blanks ignored; codes the DfE table does not know are listed last). */
    public static List<Entry> of(Collection<String> codes) {
        Set<String> shown = new LinkedHashSet<>();
        codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(shown::add);
        List<Entry> legend = new ArrayList<>();
        for (AttendanceCode code : AttendanceCode.values()) {
            if (shown.remove(code.code())) {
                legend.add(new Entry(code.code(), code.meaning()));
            }
        }
        shown.stream().sorted().forEach(c -> legend.add(new Entry(c, "Not a DfE attendance code")));
        return legend;
    }
}
