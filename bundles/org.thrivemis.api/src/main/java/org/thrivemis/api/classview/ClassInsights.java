package org.thrivemis.api.classview;

import java.util.Collection;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.Actor;

/**
 * The Thrive information of many pupils at once, for a class view: computed in bulk, so one call
 * makes a fixed number of database queries whatever the number of pupils. Teachers see the pupils
 * of the classes they teach, practitioners and senior leads every pupil; office staff and admins
 * none. The read is audited (one entry per pupil shown, or one DENIED entry when nobody may be shown).
 */
@ProviderType
public interface ClassInsights {

    /**
     * The insight of each pupil among {@code pupilIds} the actor may see; pupils they may not see
     * are left out of the answer (never an exception, so a class page still renders).
     */
    Map<String, PupilInsight> insights(Actor actor, Collection<String> pupilIds);

    /**
     * A class page's Thrive information and parental consent in one read: one write transaction
     * holding a fixed set of queries and the audit batch, one entry per pupil for everything the
     * page shows of them ({@code classview.read} when their Thrive information is shown, naming the
     * consent too; {@code consent.read} when only their consent is). Pupils the actor may see
     * neither of are left out, and their refusal audited in the same batch.
     *
     * @since 1.1
     */
    ClassViewRead classView(Actor actor, Collection<String> pupilIds);

    /**
     * The insight of every pupil given, for the school-wide early-warning list: senior leads only.
     * Audited as {@code classview.early-warning}, one entry per pupil read.
     *
     * @throws org.thrivemis.api.AccessDeniedException for anyone else (audited DENIED)
     */
    Map<String, PupilInsight> wholeSchool(Actor actor, Collection<String> pupilIds);
}
