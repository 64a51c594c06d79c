package org.thrivemis.imports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportField;
import org.thrivemis.api.imports.ImportRecord;
import org.thrivemis.api.imports.ImportedPlan;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.PupilIdentity;
import org.thrivemis.api.imports.RowIssue;
import org.thrivemis.api.imports.RowOutcome;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.plan.Target;

/**
 * The checks every record passes whatever its format: UPN check letters, dates that cannot be
 * right (in the future, before birth), results out of range, statements the content pack in force
 * does not have, targets too long to keep. Fields are named as the file names them ({@link FieldNames}).
 */
final class RecordChecks {
    /** The longest target text kept (the store keeps a plan's targets in one 8000-character column). */
    static final int MAX_TARGET_CHARS = 1000;
    static final int MAX_TARGETS = 6;
    /** The longest value quoted back in a message. */
    static final int VALUE_SHOWN = 80;

    private final LocalDate today;
    private final ContentPack pack;
    private final FieldNames fields;

    RecordChecks(LocalDate today, ContentPack pack, FieldNames fields) {
        this.today = today;
        this.pack = pack;
        this.fields = fields;
    }

    List<RowIssue> check(ImportRecord record) {
        List<RowIssue> issues = new ArrayList<>();
        long line = record.line();
        checkPupil(line, record.pupil(), issues);
        if (record instanceof ImportedProfile p) {
            checkProfile(p, issues);
        } else if (record instanceof ImportedPlan p) {
            checkPlan(p, issues);
        }
        return issues;
    }

    private void checkPupil(long line, PupilIdentity who, List<RowIssue> issues) {
        who.upn().ifPresent(upn -> PupilMatcher.upnProblem(upn).ifPresent(problem -> issues.add(issue(line, fields.name(ImportField.UPN),
                upn, "This is not a valid UPN: " + problem + ". Copy the UPN from the MIS, or leave it empty"))));
        who.dateOfBirth().ifPresent(born -> {
            if (born.isAfter(today)) {
                issues.add(issue(line, fields.name(ImportField.DATE_OF_BIRTH), born.toString(), "The date of birth is in the future:"
                        + " correct it (dates are day/month/year)"));
            }
        });
        if (who.upn().isEmpty() && who.hostId().isEmpty() && who.familyName().isBlank() && who.givenName().isBlank()) {
            issues.add(issue(line, fields.name(ImportField.UPN), "", "The row does not say who it is about: give a UPN, an MIS id,"
                    + " or the surname, forename and date of birth"));
        }
    }

    private void checkProfile(ImportedProfile p, List<RowIssue> issues) {
        long line = p.line();
        if (p.assessedOn().isAfter(today)) {
            issues.add(issue(line, fields.name(ImportField.PROFILE_DATE), p.assessedOn().toString(), "The profile date is in the future:"
                    + " correct it (dates are day/month/year)"));
        }
        p.pupil().dateOfBirth().filter(born -> p.assessedOn().isBefore(born)).ifPresent(born -> issues.add(issue(line,
                fields.name(ImportField.PROFILE_DATE), p.assessedOn().toString(), "The profile date is before the pupil's date of birth ("
                        + born + "): correct one of them")));
        Set<Strand> seen = EnumSet.noneOf(Strand.class);
        for (StrandScore s : p.strands()) {
            if (!seen.add(s.strand())) {
                issues.add(issue(line, fields.name(ImportField.of(s.strand())), String.valueOf(s.percentSecure()),
                        "The strand " + s.strand().label() + " is given twice: keep one result per strand"));
            }
            if (s.percentSecure() < 0 || s.percentSecure() > 100) {
                issues.add(issue(line, fields.name(ImportField.of(s.strand())), String.valueOf(s.percentSecure()),
                        "A strand result is a percentage from 0 to 100"));
            }
        }
        if (p.strands().isEmpty() && p.statements().isEmpty()) {
            issues.add(issue(line, fields.name(ImportField.BEING), "", "The profile has no results: give a percentage for at least one"
                    + " strand, or the statements"));
        }
        p.statements().keySet().stream().sorted().forEach(id -> {
            if (pack.statement(id).isEmpty()) {
                issues.add(issue(line, fields.name(ImportField.STATEMENTS), id, "The content pack in force (" + pack.title() + " "
                        + pack.version() + ") has no statement '" + id + "': check the export was made with the"
                        + " same pack, or load that pack first"));
            }
        });
    }

    private void checkPlan(ImportedPlan p, List<RowIssue> issues) {
        long line = p.line();
        if (p.startDate().isAfter(today)) {
            issues.add(issue(line, fields.name(ImportField.PLAN_START), p.startDate().toString(), "The plan starts in the future:"
                    + " import it once it has started (dates are day/month/year)"));
        }
        if (p.reviewDate().isBefore(p.startDate())) {
            issues.add(issue(line, fields.name(ImportField.REVIEW_DATE), p.reviewDate().toString(), "The review date is before the plan"
                    + " starts (" + p.startDate() + "): correct one of them"));
        }
        if (p.targets().isEmpty()) {
            issues.add(issue(line, fields.name(ImportField.TARGETS), "", "The plan has no targets: give at least one, as 'Strand: target'"));
        }
        if (p.targets().size() > MAX_TARGETS) {
            issues.add(issue(line, fields.name(ImportField.TARGETS), String.valueOf(p.targets().size()), "A plan has at most " + MAX_TARGETS
                    + " targets: split the plan or shorten the list"));
        }
        for (Target t : p.targets()) {
            if (t.text().isBlank()) {
                issues.add(issue(line, fields.name(ImportField.TARGETS), t.strand().label() + ":", "A target has no text: write the"
                        + " target after the strand name"));
            } else if (t.text().length() > MAX_TARGET_CHARS) {
                issues.add(issue(line, fields.name(ImportField.TARGETS), t.text(), "A target is " + t.text().length() + " characters long;"
                        + " the most kept is " + MAX_TARGET_CHARS + ": shorten it"));
            }
        }
    }

    static RowIssue issue(long line, String field, String value, String message) {
        return new RowIssue(line, field, shorten(value), message, RowOutcome.INVALID);
    }

    /** Long values (a pasted essay, a runaway quote) are quoted back shortened, with their length. */
    static String shorten(String value) {
        return value.length() <= VALUE_SHOWN ? value
                : value.substring(0, VALUE_SHOWN) + "… (" + value.length() + " characters)";
    }
}
