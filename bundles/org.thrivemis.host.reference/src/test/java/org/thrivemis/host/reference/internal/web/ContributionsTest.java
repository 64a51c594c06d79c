package org.thrivemis.host.reference.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.thrivemis.mis.api.PupilRecordTab;
import org.thrivemis.mis.api.Viewer;

class ContributionsTest {

    private final List<String> log = new ArrayList<>();
    private final Contributions<String> tabs = new Contributions<>("pupil-record tab", PupilRecordTab.ID,
            PupilRecordTab.ORDER, PupilRecordTab.PERMISSION, Set.of("details", "attendance"), log::add);
    private final Viewer teacher = new Viewer("S002", "James Whitaker", Set.of("teacher"),
            Set.of("mis.pupils.view", "thrive.view"));

    private FakeServiceReference<String> register(String service, String id, Object order, String permission,
            Integer ranking) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PupilRecordTab.ID, id);
        if (order != null) {
            properties.put(PupilRecordTab.ORDER, order);
        }
        if (permission != null) {
            properties.put(PupilRecordTab.PERMISSION, permission);
        }
        if (ranking != null) {
            properties.put(Constants.SERVICE_RANKING, ranking);
        }
        FakeServiceReference<String> reference = new FakeServiceReference<>(properties);
        tabs.add(reference, service);
        return reference;
    }

    private List<String> shownTo(Viewer viewer) {
        return tabs.permittedFor(viewer).stream().map(Contribution::service).toList();
    }

    @Test
    void tabsAreOrderedByTheirOrderPropertyThenId() {
        register("plans", "plans", 30, "thrive.view", null);
        register("profile", "profile", 10, "thrive.view", null);
        register("notes", "notes", "20", "thrive.view", null);
        register("zeta", "zeta", null, "thrive.view", null);
        register("alpha", "alpha", null, "thrive.view", null);
        assertEquals(List.of("profile", "notes", "plans", "alpha", "zeta"), shownTo(teacher));
    }

    @Test
    void aViewerWithoutTheTabsPermissionDoesNotSeeIt() {
        register("profile", "profile", 10, "thrive.view", null);
        register("safeguarding", "safeguarding", 20, "mis.safeguarding", null);
        assertEquals(List.of("profile"), shownTo(teacher));
        Viewer lead = new Viewer("S009", "Lead", Set.of("dsl"), Set.of("thrive.view", "mis.safeguarding"));
        assertEquals(List.of("profile", "safeguarding"), shownTo(lead));
    }

    @Test
    void theHigherServiceRankingWinsAnIdClashAndTheClashIsLogged() {
        register("old profile", "profile", 10, "thrive.view", null);
        FakeServiceReference<String> better = register("new profile", "profile", 10, "thrive.view", 5);
        register("lower profile", "profile", 10, "thrive.view", -1);
        assertEquals(List.of("new profile"), shownTo(teacher));
        assertTrue(log.stream().anyMatch(m -> m.contains("mis.tab.id=profile") && m.contains("service.ranking 5")), log.toString());

        tabs.remove(better);
        assertEquals(List.of("old profile"), shownTo(teacher), "the next in rank takes over when the winner goes");
    }

    @Test
    void onEqualRankingTheOlderServiceWins() {
        register("first", "profile", 10, "thrive.view", null);
        register("second", "profile", 10, "thrive.view", null);
        assertEquals(List.of("first"), shownTo(teacher));
    }

    @Test
    void anUnregisteredTabVanishesAndAModifiedOneMoves() {
        FakeServiceReference<String> profile = register("profile", "profile", 10, "thrive.view", null);
        register("plans", "plans", 20, "thrive.view", null);
        tabs.remove(profile);
        assertEquals(List.of("plans"), shownTo(teacher));
        assertEquals(List.of(), new Contributions<String>("x", "a", "b", "c", Set.of(), log::add).current());
    }

    @Test
    void tabsWithoutPermissionOrWithAHostIdAreNeverShown() {
        register("no permission", "mine", 10, null, null);
        register("impostor", "details", 10, "thrive.view", null);
        assertEquals(List.of(), shownTo(teacher));
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(1).contains("details") && log.get(1).contains("host's own"), log.get(1));
    }
}
