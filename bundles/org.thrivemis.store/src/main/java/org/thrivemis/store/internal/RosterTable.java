package org.thrivemis.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;

/**
 * How one roster record type maps onto its table: the table, its own columns (besides id, source,
 * source_key, archived_at), and binding and reading those columns. {@link JdbcRosterRepository}
 * does the same SQL for every table with it.
 *
 * @param <T> the record type
 */
abstract class RosterTable<T> {

    final String table;
    final List<String> columns;

    private RosterTable(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    /** The record's id in its source. */
    abstract String key(T value);

    /** Binds the own columns from {@code index} on, in {@link #columns} order. */
    abstract void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /** Reads a record from a row (with {@code source_key} and the own columns). */
    abstract T read(ResultSet rows) throws SQLException;

    static final RosterTable<RosterSchool> SCHOOLS = new RosterTable<>("roster_school", "name") {
        @Override
        String key(RosterSchool v) {
            return v.sourceId();
        }

        @Override
        void bind(PreparedStatement s, int i, RosterSchool v) throws SQLException {
            s.setString(i, v.name());
        }

        @Override
        RosterSchool read(ResultSet r) throws SQLException {
            return new RosterSchool(r.getString("source_key"), r.getString("name"), Origin.NONE);
        }
    };

    static final RosterTable<RosterClass> CLASSES = new RosterTable<>("roster_class", "school_key", "title") {
        @Override
        String key(RosterClass v) {
            return v.sourceId();
        }

        @Override
        void bind(PreparedStatement s, int i, RosterClass v) throws SQLException {
            s.setString(i, v.schoolSourceId());
            s.setString(i + 1, v.title());
        }

        @Override
        RosterClass read(ResultSet r) throws SQLException {
            return new RosterClass(r.getString("source_key"), r.getString("school_key"), r.getString("title"),
                    Origin.NONE);
        }
    };

    static final RosterTable<RosterPupil> PUPILS = new RosterTable<>("roster_pupil", "upn", "given_name",
            "family_name", "date_of_birth", "school_keys") {
        @Override
        String key(RosterPupil v) {
            return v.sourceId();
        }

        @Override
        void bind(PreparedStatement s, int i, RosterPupil v) throws SQLException {
            s.setString(i, v.upn().orElse(null));
            s.setString(i + 1, v.givenName());
            s.setString(i + 2, v.familyName());
            s.setObject(i + 3, v.dateOfBirth().orElse(null));
            s.setString(i + 4, String.join(",", v.schoolSourceIds()));
        }

        @Override
        RosterPupil read(ResultSet r) throws SQLException {
            return new RosterPupil(r.getString("source_key"), Optional.ofNullable(r.getString("upn")),
                    r.getString("given_name"), r.getString("family_name"),
                    Optional.ofNullable(Columns.getDate(r, "date_of_birth")), split(r.getString("school_keys")),
                    Origin.NONE);
        }
    };

    static final RosterTable<RosterStaff> STAFF = new RosterTable<>("roster_staff", "given_name", "family_name",
            "school_keys") {
        @Override
        String key(RosterStaff v) {
            return v.sourceId();
        }

        @Override
        void bind(PreparedStatement s, int i, RosterStaff v) throws SQLException {
            s.setString(i, v.givenName());
            s.setString(i + 1, v.familyName());
            s.setString(i + 2, String.join(",", v.schoolSourceIds()));
        }

        @Override
        RosterStaff read(ResultSet r) throws SQLException {
            return new RosterStaff(r.getString("source_key"), r.getString("given_name"), r.getString("family_name"),
                    split(r.getString("school_keys")), Origin.NONE);
        }
    };

    static final RosterTable<RosterEnrollment> ENROLLMENTS = new RosterTable<>("roster_enrollment", "class_key",
            "user_key", "role", "begin_date", "end_date") {
        @Override
        String key(RosterEnrollment v) {
            return v.sourceId();
        }

        @Override
        void bind(PreparedStatement s, int i, RosterEnrollment v) throws SQLException {
            s.setString(i, v.classSourceId());
            s.setString(i + 1, v.userSourceId());
            s.setString(i + 2, v.role().name());
            s.setObject(i + 3, v.begin().orElse(null));
            s.setObject(i + 4, v.end().orElse(null));
        }

        @Override
        RosterEnrollment read(ResultSet r) throws SQLException {
            return new RosterEnrollment(r.getString("source_key"), r.getString("class_key"), r.getString("user_key"),
                    Columns.getEnum(r, "roster_enrollment", "role", EnrollmentRole.class),
                    Optional.ofNullable(Columns.getDate(r, "begin_date")),
                    Optional.ofNullable(Columns.getDate(r, "end_date")), Origin.NONE);
        }
    };

    /** The ids joined by commas (OneRoster's own multi-value form, so ids never hold commas). */
    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
