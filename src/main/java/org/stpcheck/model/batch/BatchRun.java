package org.stpcheck.model.batch;

/**
 * The batch as a whole: how many plans, whether they cover every footprint of the configured CCG
 * lookup (so England-wide coverage can be judged), how many footprints that lookup has, and how
 * many distinct CCGs the plans list.
 */
public record BatchRun(int plans, boolean coversEngland, int lookupFootprints, int distinctCcgs) {}
