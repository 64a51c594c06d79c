package org.thrivemis.host.reference.internal.school;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;

/**
 * The host's pupils, from the sample school. {@link #all()} and {@link #search} list the pupils on
 * roll today; {@link #pupil} and {@link #pupils} also find this year's leavers, whose records stay.
 */
@Component(service = PupilDirectory.class)
public final class SamplePupilDirectory implements PupilDirectory {

    private final SampleSchool sampleSchool;

    @Activate
    public SamplePupilDirectory(@Reference SampleSchool sampleSchool) {
        this.sampleSchool = sampleSchool;
    }

    @Override
    public Optional<Pupil> pupil(String id) {
        return id == null ? Optional.empty() : sampleSchool.school().pupil(id);
    }

    @Override
    public List<Pupil> pupils(Collection<String> ids) {
        School school = sampleSchool.school();
        return ids.stream().filter(Objects::nonNull).distinct().map(school::pupil).flatMap(Optional::stream).toList();
    }

    @Override
    public List<Pupil> search(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(p -> needle.isEmpty() || matches(p, needle)).limit(Math.max(0, limit)).toList();
    }

    @Override
    public List<Pupil> all() {
        return sampleSchool.school().pupilsOnRoll(sampleSchool.today());
    }

    private static boolean matches(Pupil pupil, String needle) {
        return pupil.displayName().toLowerCase(Locale.ROOT).contains(needle)
                || (pupil.familyName() + ", " + pupil.givenName()).toLowerCase(Locale.ROOT).contains(needle)
                || pupil.upn().map(u -> u.toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
    }
}
