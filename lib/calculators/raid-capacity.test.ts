import { describe, expect, it } from "vitest";
import {
  RAID_DEFAULTS,
  calculateRaid,
  parseRaidInput,
  raidFromParams,
  raidToParams,
  splitSizes,
  type RaidField,
  type RaidRaw,
  type RaidResult,
} from "./raid-capacity";

function run(over: Partial<RaidRaw>): RaidResult {
  const parsed = parseRaidInput({ ...RAID_DEFAULTS, ...over });
  if (!parsed.ok) throw new Error(`unexpected errors: ${JSON.stringify(parsed.errors)}`);
  return calculateRaid(parsed.input);
}

describe("RAID capacity: the notes' table, corrected", () => {
  // The notes multiply 931 GB (one 1 TB disk) for RAID 1/5/6/10; with 500 GB disks the answers are:
  it.each([
    ["RAID 0, 2 × 500 GB", { level: "0", count: "2" }, "1 TB", "931.32 GiB", 1, 0, 0],
    ["RAID 1, 2 × 500 GB (notes say 931)", { level: "1", count: "2" }, "500 GB", "465.66 GiB", 0.5, 1, 1],
    ["RAID 5, 3 × 500 GB (notes say 931 × 2)", { level: "5", count: "3" }, "1 TB", "931.32 GiB", 2 / 3, 1, 1],
    ["RAID 6, 4 × 500 GB (notes say 931 × 2)", { level: "6", count: "4" }, "1 TB", "931.32 GiB", 0.5, 2, 2],
    ["RAID 10, 4 × 500 GB (notes say 931 × 2)", { level: "10", count: "4" }, "1 TB", "931.32 GiB", 0.5, 1, 2],
  ] as const)("%s", (_name, over, dec, bin, eff, guaranteed, best) => {
    const r = run(over);
    expect(r.usableDecimal).toBe(dec);
    expect(r.usableBinary).toBe(bin);
    expect(r.efficiency).toBeCloseTo(eff, 12);
    expect(r.failuresGuaranteed).toBe(guaranteed);
    expect(r.failuresBestCase).toBe(best);
  });

  it("explains why a 500 GB disk shows as about 465 GiB", () => {
    const r = run({ level: "1", count: "2" });
    expect(r.perDiskBinary).toBe("465.66 GiB");
    expect(r.unitsExplanation).toContain("500,000,000,000 bytes ÷ 2^30 = 465.66 GiB");
    expect(r.unitsExplanation).toContain("about 465 G on screen");
  });
});

describe("RAID capacity: formula", () => {
  it.each([
    ["RAID 5, 4 × 500 GB", { level: "5", count: "4" }, 1.5e12, "1.36 TiB"],
    ["RAID 6, 8 × 4 TB", { level: "6", count: "8", size: "4TB" }, 24e12, "21.83 TiB"],
    ["RAID 1, 3-way mirror", { level: "1", count: "3", size: "1TB" }, 1e12, "931.32 GiB"],
    ["RAID 50, 6 × 1 TB in 2 groups", { level: "50", count: "6", size: "1TB", groups: "2" }, 4e12, "3.64 TiB"],
    ["RAID 60, 12 × 2 TB in 3 groups", { level: "60", count: "12", size: "2TB", groups: "3" }, 12e12, "10.91 TiB"],
    ["sizes in binary units", { level: "0", count: "2", size: "1TiB" }, 2 * 2 ** 40, "2 TiB"],
    ["lower-case unit", { level: "0", count: "2", size: "1.2tb" }, 2.4e12, "2.18 TiB"],
  ] as const)("%s", (_name, over, usable, binary) => {
    const r = run(over);
    expect(r.usableBytes).toBeCloseTo(usable, 0);
    expect(r.usableBinary).toBe(binary);
  });

  it("bounds every member by the smallest disk when sizes are mixed", () => {
    const r = run({ level: "5", sizes: "500GB, 1TB, 1TB, 2TB" });
    expect(r.members).toBe(4);
    expect(r.smallestBytes).toBe(5e11);
    expect(r.usableBytes).toBe(1.5e12);
    expect(r.rawBytes).toBe(4.5e12);
    expect(r.mixedSizeLossBytes).toBe(2.5e12);
    expect(r.efficiency).toBeCloseTo(1 / 3, 12);
  });

  it("counts hot spares in raw capacity but not in usable capacity", () => {
    const r = run({ level: "5", count: "4", spares: "1" });
    expect(r.usableBytes).toBe(1.5e12);
    expect(r.rawWithSparesBytes).toBe(2.5e12);
    expect(r.efficiencyWithSpares).toBeCloseTo(0.6, 12);
    expect(r.configLines[0]?.code).toBe("mdadm --create /dev/md0 --level=5 --raid-devices=4 --spare-devices=1 /dev/sdb /dev/sdc /dev/sdd /dev/sde /dev/sdf");
  });

  it("survives one failure per group at best in RAID 50 and two per group in RAID 60", () => {
    expect(run({ level: "50", count: "9", groups: "3" })).toMatchObject({ failuresGuaranteed: 1, failuresBestCase: 3 });
    expect(run({ level: "60", count: "8", groups: "2" })).toMatchObject({ failuresGuaranteed: 2, failuresBestCase: 4 });
  });

  it("builds nested arrays for RAID 50 with mdadm", () => {
    expect(run({ level: "50", count: "6", groups: "2" }).configLines[0]?.code).toBe(
      "mdadm --create /dev/md1 --level=5 --raid-devices=3 /dev/sdb /dev/sdc /dev/sdd\nmdadm --create /dev/md2 --level=5 --raid-devices=3 /dev/sde /dev/sdf /dev/sdg\nmdadm --create /dev/md0 --level=0 --raid-devices=2 /dev/md1 /dev/md2",
    );
  });

  it("names devices past /dev/sdz", () => {
    expect(run({ level: "0", count: "30" }).configLines[0]?.code).toBe("mdadm --create /dev/md0 --level=0 --raid-devices=30 /dev/sdb … /dev/sdae");
  });

  it("ignores the groups field outside RAID 50/60", () => {
    expect(parseRaidInput({ ...RAID_DEFAULTS, level: "5", groups: "x" }).ok).toBe(true);
  });

  it.each([
    ["a, b ,c", ["a", "b", "c"]],
    ["500GB;1TB\n2TB", ["500GB", "1TB", "2TB"]],
    [" , ", []],
  ])("splits the size list %j", (text, parts) => {
    expect(splitSizes(text)).toEqual(parts);
  });
});

describe("RAID capacity: invalid input", () => {
  it.each<[string, Partial<RaidRaw>, RaidField, string]>([
    ["RAID 5 with 2 disks", { level: "5", count: "2" }, "count", "RAID 5 needs at least 3 disks."],
    ["RAID 6 with 3 disks", { level: "6", count: "3" }, "count", "RAID 6 needs at least 4 disks."],
    ["RAID 0 with 1 disk", { level: "0", count: "1" }, "count", "RAID 0 needs at least 2 disks."],
    ["RAID 10 with 2 disks", { level: "10", count: "2" }, "count", "RAID 10 needs at least 4 disks."],
    ["RAID 10 with an odd count", { level: "10", count: "5" }, "count", "RAID 10 needs an even number of disks (mirrored pairs)."],
    ["RAID 50 too few disks", { level: "50", count: "5", groups: "2" }, "count", "RAID 50 with 2 groups needs at least 6 disks (3 per group)."],
    ["RAID 60 too few disks", { level: "60", count: "7", groups: "2" }, "count", "RAID 60 with 2 groups needs at least 8 disks (4 per group)."],
    ["RAID 50 uneven groups", { level: "50", count: "10", groups: "3" }, "groups", "10 disks do not divide evenly into 3 groups."],
    ["RAID 50 one group", { level: "50", count: "6", groups: "1" }, "groups", "Must be at least 2."],
    ["RAID 60 empty groups", { level: "60", count: "8", groups: "" }, "groups", "Required."],
    ["mixed list too short", { level: "5", sizes: "1TB,2TB" }, "sizes", "RAID 5 needs at least 3 disks; 2 listed."],
    ["mixed list with a bad entry", { level: "5", sizes: "1TB,2TB,lots" }, "sizes", "Disk 3 (“lots”): Not a size: “lots”. Use e.g. 500GB or 1.2TB."],
    ["empty count", { count: "" }, "count", "Required."],
    ["negative count", { count: "-4" }, "count", "Must not be negative."],
    ["fractional count", { count: "4.5" }, "count", "Must be a whole number."],
    ["size without a unit", { size: "500" }, "size", "Add a unit: GB or TB (as on the disk label)."],
    ["size with an unknown unit", { size: "500XB" }, "size", "Unknown unit “XB”. Use B, KB, MB, GB, TB, PB (or KiB…PiB)."],
    ["zero size", { size: "0GB" }, "size", "Must be greater than 0."],
    ["negative size", { size: "-1TB" }, "size", "Must not be negative."],
    ["empty size", { size: "" }, "size", "Required."],
    ["huge size", { size: "2000TB" }, "size", "Must be at most 1 PB."],
    ["unknown level", { level: "7" }, "level", "RAID level must be one of 0, 1, 5, 6, 10, 50, 60."],
    ["negative spares", { spares: "-1" }, "spares", "Must not be negative."],
  ])("%s", (_name, over, field, message) => {
    const parsed = parseRaidInput({ ...RAID_DEFAULTS, ...over });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field]).toBe(message);
  });
});

describe("RAID capacity: URL round-trip", () => {
  it.each<[string, RaidRaw]>([
    ["defaults", RAID_DEFAULTS],
    ["mixed sizes and groups", { level: "60", count: "8", size: "4TB", sizes: "4TB,4TB,4TB,4TB,8TB,8TB,8TB,8TB", groups: "2", spares: "1" }],
    ["invalid values", { level: "x", count: "-1", size: "500", sizes: "a,b", groups: "", spares: "?" }],
  ])("%s", (_name, raw) => {
    expect(raidFromParams(new URLSearchParams(raidToParams(raw).toString()))).toEqual(raw);
  });
});
