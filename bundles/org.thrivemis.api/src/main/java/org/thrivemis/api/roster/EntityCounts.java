package org.thrivemis.api.roster;

/** How many records of one kind a sync added, changed and archived. */
public record EntityCounts(int added, int changed, int archived) {

    public static final EntityCounts NONE = new EntityCounts(0, 0, 0);

    public EntityCounts {
        if (added < 0 || changed < 0 || archived < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Whether the sync changed anything of this kind. */
    public boolean any() {
        return added + changed + archived > 0;
    }
}
