package org.thrivemis.web.internal.dataprotection;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.dataprotection.HeldPupilDetails;
import org.thrivemis.api.dataprotection.SubjectAccessRecord;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.PupilPanel;

/**
 * The printable subject access page: a pupil's complete Thrive record in words, section by section,
 * every value already formatted for the template.
 */
public record SubjectAccessPage(String stylesheet, PupilPanel pupil, String generatedAt, String generatedBy,
        List<RosterLine> roster, List<ConsentLine> consents, List<ProfileLine> profiles, List<PlanLine> plans,
        List<AccessLine> accesses) {

    /** A roster entry. */
    public record RosterLine(String source, String sourceId, String name, String upn, String dateOfBirth,
            String classes, String left) {
    }

    /** A consent decision. */
    public record ConsentLine(String decidedOn, String decision, String scopes, String person, String note,
            String recordedBy) {
    }

    /** A profile with its levels, e.g. "being-01: Secure". */
    public record ProfileLine(String assessedOn, String kind, String status, String reason, String assessor,
            List<String> levels) {
    }

    /** A plan with its targets, activities and reviews as lines. */
    public record PlanLine(String startDate, String status, String owner, List<String> targets, List<String> activities,
            List<String> notes, List<String> reviews) {
    }

    /** An audit entry: who read or changed the record. */
    public record AccessLine(String when, String who, String action, String detail, String outcome) {
    }

    static SubjectAccessPage of(SubjectAccessRecord r, PupilPanel pupil, String stylesheet) {
        return new SubjectAccessPage(stylesheet, pupil, UkFormat.dateTime(r.generatedAt()), r.generatedBy(),
                r.roster().stream().map(SubjectAccessPage::roster).toList(),
                r.consents().stream().map(SubjectAccessPage::consent).toList(),
                r.profiles().stream().map(SubjectAccessPage::profile).toList(),
                r.plans().stream().map(SubjectAccessPage::plan).toList(),
                r.accesses().stream().map(SubjectAccessPage::access).toList());
    }

    private static RosterLine roster(HeldPupilDetails h) {
        return new RosterLine(h.source(), h.sourceId(), h.givenName() + " " + h.familyName(),
                h.upn().isEmpty() ? "not known" : h.upn(), h.dateOfBirth().map(UkFormat::date).orElse("not known"),
                h.classKeys().isEmpty() ? "none" : String.join(", ", h.classKeys()),
                h.leftAt().map(UkFormat::dateTime).orElse("still on roll"));
    }

    private static ConsentLine consent(ConsentRecord c) {
        return new ConsentLine(UkFormat.date(c.decidedOn()), c.decision().label(),
                c.scopes().stream().sorted().map(ConsentScope::label).collect(Collectors.joining(", ")),
                c.personName() + " (" + c.relationship().label() + ")", c.note(),
                c.recordedByName() + ", " + UkFormat.dateTime(c.recordedAt()));
    }

    private static ProfileLine profile(Assessment a) {
        List<String> levels = new java.util.ArrayList<>(a.levels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ": " + e.getValue().label()).toList());
        a.imported().ifPresent(o -> {
            // what the import brought in, as the export gave it, is part of the pupil's record too
            levels.add(imported(o) + (o.strandPercents().isEmpty() ? "" : "; strand results in the export: "
                    + new java.util.TreeMap<>(o.strandPercents()).entrySet().stream()
                            .map(e -> e.getKey().label() + " " + e.getValue() + "% secure")
                            .collect(Collectors.joining(", "))));
        });
        return new ProfileLine(UkFormat.date(a.assessedOn()), a.kind().label(), a.status().label(), a.reason(),
                a.assessorName(), levels);
    }

    private static PlanLine plan(ActionPlan p) {
        return new PlanLine(UkFormat.date(p.startDate()), p.status().label(), p.ownerName()
                + p.imported().map(o -> " (" + imported(o) + ")").orElse(""),
                p.targets().stream().map(t -> t.strand().label() + ": " + t.text()).toList(),
                p.activities().stream().map(a -> a.setting().label() + ": " + a.text()).toList(),
                p.relationalNotes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().label() + ": " + e.getValue()).toList(),
                p.reviews().stream().map(SubjectAccessPage::review).toList());
    }

    private static String imported(org.thrivemis.api.ImportOrigin o) {
        return "Imported from " + o.formatLabel() + " on " + UkFormat.date(o.importedOn()) + " (import run "
                + o.runId() + ")";
    }

    private static String review(PlanReview r) {
        String progress = r.progress().stream().map(t -> t.target() + " (" + t.progress().label() + ")")
                .collect(Collectors.joining("; "));
        return UkFormat.date(r.reviewedOn()) + " by " + r.reviewerName() + ": " + r.notes()
                + (progress.isEmpty() ? "" : " Progress: " + progress);
    }

    private static AccessLine access(AuditEntry e) {
        return new AccessLine(UkFormat.dateTime(e.at()), e.actorName() + " (" + e.actorId() + ")", e.action(), e.detail(),
                e.outcome() == AuditOutcome.DENIED ? "Refused" : "Allowed");
    }
}
