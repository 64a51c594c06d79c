package org.thrivemis.mis.api.attendance;

import static org.thrivemis.mis.api.attendance.AttendanceCategory.APPROVED_ACTIVITY;
import static org.thrivemis.mis.api.attendance.AttendanceCategory.AUTHORISED_ABSENCE;
import static org.thrivemis.mis.api.attendance.AttendanceCategory.NOT_POSSIBLE;
import static org.thrivemis.mis.api.attendance.AttendanceCategory.PRESENT;
import static org.thrivemis.mis.api.attendance.AttendanceCategory.UNAUTHORISED_ABSENCE;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DfE register codes in force from 19 August 2024, plus the three removed then (H, J, Y),
 * which hosts may still send in historic data and which keep their old meaning.
 * Codes are text of one or two characters, never a {@code char}.
 */
public enum AttendanceCode {
    PRESENT_AM("/", "Present (morning)", PRESENT),
    PRESENT_PM("\\", "Present (afternoon)", PRESENT),
    LATE("L", "Late, arrived before the register closed", PRESENT),
    K("K", "Attending provision arranged by the local authority", APPROVED_ACTIVITY),
    V("V", "Educational visit or trip", APPROVED_ACTIVITY),
    P("P", "Approved sporting activity", APPROVED_ACTIVITY),
    W("W", "Work experience", APPROVED_ACTIVITY),
    B("B", "Other approved educational activity (off-site)", APPROVED_ACTIVITY),
    D("D", "Dual registered, attending the other school", APPROVED_ACTIVITY),
    C1("C1", "Leave for a regulated performance or employment abroad", AUTHORISED_ABSENCE),
    C2("C2", "Leave for a part-time timetable", AUTHORISED_ABSENCE),
    C("C", "Leave of absence, exceptional circumstances", AUTHORISED_ABSENCE),
    E("E", "Suspended or excluded, no alternative provision", AUTHORISED_ABSENCE),
    I("I", "Illness", AUTHORISED_ABSENCE),
    J1("J1", "Interview (employment or education)", AUTHORISED_ABSENCE),
    M("M", "Medical or dental appointment", AUTHORISED_ABSENCE),
    R("R", "Religious observance", AUTHORISED_ABSENCE),
    S("S", "Study leave", AUTHORISED_ABSENCE),
    T("T", "Parent travelling for work", AUTHORISED_ABSENCE),
    G("G", "Holiday not granted by the school", UNAUTHORISED_ABSENCE),
    N("N", "Reason not yet provided", UNAUTHORISED_ABSENCE),
    O("O", "Absent in other or unknown circumstances", UNAUTHORISED_ABSENCE),
    U("U", "Arrived after the register closed", UNAUTHORISED_ABSENCE),
    Q("Q", "No access arrangements available", NOT_POSSIBLE),
    X("X", "Not of compulsory school age", NOT_POSSIBLE),
    Y1("Y1", "Transport not available", NOT_POSSIBLE),
    Y2("Y2", "Widespread travel disruption", NOT_POSSIBLE),
    Y3("Y3", "Part of the school premises closed", NOT_POSSIBLE),
    Y4("Y4", "Whole school site unexpectedly closed", NOT_POSSIBLE),
    Y5("Y5", "Criminal justice detention", NOT_POSSIBLE),
    Y6("Y6", "Public health guidance or law", NOT_POSSIBLE),
    Y7("Y7", "Any other unavoidable cause", NOT_POSSIBLE),
    Z("Z", "Pupil not yet on roll", NOT_POSSIBLE),
    CLOSED("#", "Planned whole-school closure", NOT_POSSIBLE),
    /** Removed in 2024: authorised holiday. */
    LEGACY_H("H", "Authorised holiday (code withdrawn in 2024)", AUTHORISED_ABSENCE),
    /** Removed in 2024, replaced by J1. */
    LEGACY_J("J", "Interview (code withdrawn in 2024, now J1)", AUTHORISED_ABSENCE),
    /** Removed in 2024, split into Y1–Y7. */
    LEGACY_Y("Y", "Enforced closure (code withdrawn in 2024, now Y1–Y7)", NOT_POSSIBLE);

    private static final Map<String, AttendanceCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AttendanceCode::code, Function.identity()));

    private final String code;
    private final String meaning;
    private final AttendanceCategory category;

    AttendanceCode(String code, String meaning, AttendanceCategory category) {
        this.code = code;
        this.meaning = meaning;
        this.category = category;
    }

    /** The code as written in the register. */
    public String code() {
        return code;
    }

    /** What the code means, in words. */
    public String meaning() {
        return meaning;
    }

    /** How the code counts. */
    public AttendanceCategory category() {
        return category;
    }

    /** Whether this is one of the codes withdrawn in August 2024 (accepted in historic data). */
    public boolean isLegacy() {
        return this == LEGACY_H || this == LEGACY_J || this == LEGACY_Y;
    }

    /** The code for the register text (exact, case-sensitive; surrounding blanks ignored). */
    public static Optional<AttendanceCode> of(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(text.strip()));
    }
}
