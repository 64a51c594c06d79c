package org.thrivemis.web.internal.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Fixtures;

/** The host's ports as the API sees them: a session with a viewer (or none), a CSRF token, known pupils. */
final class FakeHost implements CurrentUser, PupilDirectory {

    static final String TOKEN = "tok-1";

    Optional<Viewer> viewer = Optional.of(Fixtures.viewer("office"));
    Set<String> pupilIds = Set.of("p1");

    @Override
    public Optional<Viewer> viewer(HttpServletRequest request) {
        return viewer;
    }

    @Override
    public String csrfToken(HttpServletRequest request) {
        return TOKEN;
    }

    @Override
    public boolean csrfValid(HttpServletRequest request) {
        return TOKEN.equals(request.getHeader("X-CSRF-Token"));
    }

    @Override
    public Optional<Pupil> pupil(String id) {
        return pupilIds.contains(id) ? Optional.of(Fixtures.pupil(id)) : Optional.empty();
    }

    @Override
    public List<Pupil> pupils(Collection<String> ids) {
        return ids.stream().map(this::pupil).flatMap(Optional::stream).toList();
    }

    @Override
    public List<Pupil> search(String text, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Pupil> all() {
        throw new UnsupportedOperationException();
    }
}
