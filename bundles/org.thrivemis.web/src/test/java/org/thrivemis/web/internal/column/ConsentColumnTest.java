package org.thrivemis.web.internal.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;
import static org.thrivemis.web.internal.Fixtures.pupil;
import static org.thrivemis.web.internal.Fixtures.viewer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Actor;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.ClassViewRead;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.web.internal.classview.InsightColumns;

class ConsentColumnTest {

    private final Map<String, Map<ConsentScope, ConsentState>> states = new HashMap<>();
    private final Set<String> denied = new HashSet<>();
    private final List<List<String>> classViewCalls = new ArrayList<>();
    private final ClassInsights classView = new ClassInsights() {
        @Override
        public Map<String, PupilInsight> insights(Actor actor, Collection<String> pupilIds) {
            throw new UnsupportedOperationException("the page reads through classView");
        }

        @Override
        public ClassViewRead classView(Actor actor, Collection<String> pupilIds) {
            classViewCalls.add(List.copyOf(pupilIds));
            Map<String, Map<ConsentScope, ConsentState>> seen = new HashMap<>();
            for (String id : pupilIds) {
                if (!denied.contains(id)) {
                    seen.put(id, states.getOrDefault(id, new ConsentStatus(id, Map.of(), List.of()).states()));
                }
            }
            return new ClassViewRead(Map.of(), seen);
        }

        @Override
        public Map<String, PupilInsight> wholeSchool(Actor actor, Collection<String> pupilIds) {
            throw new UnsupportedOperationException("not the class view");
        }
    };
    private final ConsentColumn column = new ConsentColumn(new InsightColumns(classView, ROLES));

    private void given(String pupilId, ConsentState assessment, ConsentState plans) {
        states.put(pupilId, Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, assessment, ConsentScope.ACTION_PLAN, plans));
    }

    private Map<String, ColumnCell> cells(String... pupilIds) {
        return column.cells(new ColumnRequest(viewer("teacher"), new SchoolClass("c1", "Year 2 Oak", "2", List.of("s1")),
                java.util.Arrays.stream(pupilIds).map(id -> pupil(id)).toList(), Locale.UK));
    }

    @Test
    void isHeadedThriveConsent() {
        assertEquals("Thrive consent", column.header(Locale.UK));
    }

    @Test
    void asksForTheWholeClassInOneCall() {
        cells("p1", "p2", "p3");
        assertEquals(List.of(List.of("p1", "p2", "p3")), classViewCalls);
    }

    @Test
    void showsIndividualAssessmentConsentAsATagSortedByStateName() {
        given("p1", ConsentState.GIVEN, ConsentState.GIVEN);
        given("p2", ConsentState.WITHDRAWN, ConsentState.WITHDRAWN);
        Map<String, ColumnCell> cells = cells("p1", "p2", "p3");

        assertEquals(new ColumnCell("<strong class=\"govuk-tag govuk-tag--green\">Given</strong>", "GIVEN"), cells.get("p1"));
        assertEquals(new ColumnCell("<strong class=\"govuk-tag govuk-tag--red\">Withdrawn</strong>", "WITHDRAWN"), cells.get("p2"));
        assertEquals("<strong class=\"govuk-tag govuk-tag--grey\">Not recorded</strong>", cells.get("p3").html());
        assertEquals("NOT_RECORDED", cells.get("p3").sortKey());
    }

    @Test
    void mentionsActionPlansOnlyWhenTheirConsentDiffers() {
        given("p1", ConsentState.GIVEN, ConsentState.WITHDRAWN);
        given("p2", ConsentState.NOT_RECORDED, ConsentState.GIVEN);
        Map<String, ColumnCell> cells = cells("p1", "p2");
        assertTrue(cells.get("p1").html().startsWith("<strong class=\"govuk-tag govuk-tag--green\">Given</strong>"));
        assertTrue(cells.get("p1").html().endsWith("(plans: withdrawn)</span>"), cells.get("p1").html());
        assertTrue(cells.get("p2").html().contains("(plans: given)"));
        assertEquals("NOT_RECORDED", cells.get("p2").sortKey());
    }

    @Test
    void pupilsTheViewerMayNotSeeGetAnEmptyCell() {
        given("p1", ConsentState.GIVEN, ConsentState.GIVEN);
        given("p2", ConsentState.GIVEN, ConsentState.GIVEN);
        denied.add("p2");
        Map<String, ColumnCell> cells = cells("p1", "p2");
        assertEquals(ColumnCell.EMPTY, cells.get("p2"));
        assertFalse(cells.get("p1").html().isEmpty());
    }

    @Test
    void anEmptyClassCostsNoCall() {
        assertEquals(Map.of(), cells());
        assertTrue(classViewCalls.isEmpty());
    }
}
