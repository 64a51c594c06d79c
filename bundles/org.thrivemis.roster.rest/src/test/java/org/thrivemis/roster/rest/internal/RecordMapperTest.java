package org.thrivemis.roster.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.api.roster.Severity;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.roster.rest.testserver.RecordingSink;

/** Odd records from real providers: each one mapped or reported with the page URL, field and value. */
class RecordMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Origin PAGE = new Origin("https://p.example/ims/oneroster/v1p1/users?limit=100&offset=0", 0);
    private final RecordingSink sink = new RecordingSink();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void a12UserTakesThePrimaryRoleAndLeavesOutNonSchoolOrgs() throws Exception {
        RecordMapper m = new RecordMapper(sink, false, "1.2");
        m.org(json("{'sourcedId':'d1','type':'district','name':'Trust'}"), PAGE);
        m.user(json("{'sourcedId':'u1','givenName':'Ada','familyName':'Able','roles':["
                + "{'roleType':'secondary','role':'aide','org':{'sourcedId':'s2'}},"
                + "{'roleType':'primary','role':'student','org':{'sourcedId':'s1'}}],"
                + "'primaryOrg':{'sourcedId':'d1'},'userIds':[{'type':'UPN','identifier':'A123'}]}"), PAGE);
        assertEquals(1, sink.pupils.size());
        assertEquals(List.of("s2", "s1"), sink.pupils.get(0).schoolSourceIds());
        assertEquals(Optional.empty(), sink.pupils.get(0).upn(), "an invalid UPN is dropped");
        SyncIssue w = sink.issues.get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("userIds", w.field());
        assertEquals("A123", w.value());
        assertEquals(PAGE, w.origin());
    }

    @Test
    void anUnknownRoleIsAnErrorAndAGuardianIsNotPartOfTheRoster() throws Exception {
        RecordMapper m = new RecordMapper(sink, false, "1.1");
        m.user(json("{'sourcedId':'u1','role':'wizard','givenName':'A','familyName':'B'}"), PAGE);
        m.user(json("{'sourcedId':'u2','role':'guardian','givenName':'C','familyName':'D'}"), PAGE);
        assertEquals(1, sink.errors().size());
        assertEquals("role", sink.errors().get(0).field());
        assertEquals("wizard", sink.errors().get(0).value());
        assertTrue(sink.pupils.isEmpty() && sink.staff.isEmpty());
    }

    @Test
    void aBadDateOrAMissingReferenceIsAnErrorNamingTheField() throws Exception {
        RecordMapper m = new RecordMapper(sink, false, "1.1");
        m.enrollment(json("{'sourcedId':'e1','role':'student','class':{'sourcedId':'c1'},"
                + "'user':{'sourcedId':'u1'},'beginDate':'01/09/2025'}"), PAGE);
        m.schoolClass(json("{'sourcedId':'c1','title':'Year 3'}"), PAGE);
        m.user(json("{'sourcedId':'u3','role':'student','familyName':'B'}"), PAGE);
        assertEquals(List.of("beginDate", "school.sourcedId", "givenName"),
                sink.errors().stream().map(SyncIssue::field).toList());
        assertEquals("01/09/2025", sink.errors().get(0).value());
        assertTrue(sink.enrollments.isEmpty() && sink.classes.isEmpty() && sink.pupils.isEmpty());
    }

    @Test
    void aDateTimeIsReadAsItsDay() throws Exception {
        new RecordMapper(sink, false, "1.2").enrollment(json("{'sourcedId':'e1','role':'teacher','class':"
                + "{'sourcedId':'c1'},'user':{'sourcedId':'t1'},'beginDate':'2025-09-01T00:00:00Z','endDate':null}"),
                PAGE);
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 9, 1)), sink.enrollments.get(0).begin());
        assertEquals(Optional.empty(), sink.enrollments.get(0).end());
    }

    @Test
    void tobedeletedIsARemovalInADeltaAndLeftOutOfAFullRead() throws Exception {
        JsonNode gone = json("{'sourcedId':'u9','status':'tobedeleted','role':'teacher'}");
        new RecordMapper(sink, false, "1.1").user(gone, PAGE);
        assertEquals(List.of(), sink.removals);
        assertEquals(List.of(), sink.issues);
        new RecordMapper(sink, true, "1.1").user(gone, PAGE);
        assertEquals(List.of(new RosterRemoval(RosterEntity.STAFF, "u9", PAGE)), sink.removals);
    }
}
