/**
 * RAID usable capacity. Disks are sold in decimal units (1 GB = 10^9 bytes); the OS reports
 * binary units (1 GiB = 2^30 bytes). Every member counts as the smallest member.
 * Hot spares are extra disks outside the array (assumed as large as the largest member).
 *
 * The source notes' table multiplies 931 GB (a 1 TB disk) instead of 465.66 GiB (a 500 GB
 * disk) for RAID 1/5/6/10; the figures here are computed, not copied.
 */
import { formatBytesBinary, formatBytesDecimal, formatInt, formatNumber, formatPercent } from "./format";
import { parseChoice, parseNumber, parseSize } from "./parse";
import type { ConfigLine, FieldErrors, ParseResult, ParamsLike, RawInputs, Step } from "./types";
import { rawFromParams, rawToParams } from "./url";

export const RAID_FIELDS = ["level", "count", "size", "sizes", "groups", "spares"] as const;
export type RaidField = (typeof RAID_FIELDS)[number];
export type RaidRaw = RawInputs<RaidField>;

export const RAID_LEVELS = ["0", "1", "5", "6", "10", "50", "60"] as const;
export type RaidLevel = (typeof RAID_LEVELS)[number];

export const RAID_LEVEL_LABELS: Record<RaidLevel, string> = {
  "0": "RAID 0 (stripe)",
  "1": "RAID 1 (mirror)",
  "5": "RAID 5 (single parity)",
  "6": "RAID 6 (double parity)",
  "10": "RAID 10 (striped mirrors)",
  "50": "RAID 50 (striped RAID 5 groups)",
  "60": "RAID 60 (striped RAID 6 groups)",
};

export const RAID_DEFAULTS: RaidRaw = { level: "5", count: "4", size: "500GB", sizes: "", groups: "2", spares: "0" };

export type RaidInput = {
  level: RaidLevel;
  /** Member sizes in bytes (array members only, not spares). */
  disks: number[];
  groups: number;
  spares: number;
};

const MAX_DISKS = 1024;
const MAX_DISK_BYTES = 1e15; // 1 PB per disk
/** Minimum members per array (RAID 50/60: per group). */
const MIN_MEMBERS: Record<RaidLevel, number> = { "0": 2, "1": 2, "5": 3, "6": 4, "10": 4, "50": 3, "60": 4 };

function isNested(level: RaidLevel): level is "50" | "60" {
  return level === "50" || level === "60";
}

export function splitSizes(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function parseRaidInput(raw: RaidRaw): ParseResult<RaidInput, RaidField> {
  const errors: FieldErrors<RaidField> = {};
  const level = parseChoice(raw.level, RAID_LEVELS, "RAID level");
  if (!level.ok) errors.level = level.error;
  const spares = parseNumber(raw.spares, { min: 0, max: 64, integer: true, emptyAs: 0 });
  if (!spares.ok) errors.spares = spares.error;

  const nested = level.ok && isNested(level.value);
  const groups = nested ? parseNumber(raw.groups, { min: 2, max: 64, integer: true }) : ({ ok: true, value: 1 } as const);
  if (!groups.ok) errors.groups = groups.error;

  // Disks: the list of mixed sizes when given, else count × size.
  const listed = splitSizes(raw.sizes ?? "");
  let disks: number[] | null = null;
  const countField: RaidField = listed.length > 0 ? "sizes" : "count";
  if (listed.length > 0) {
    if (listed.length > MAX_DISKS) {
      errors.sizes = `At most ${MAX_DISKS} disks.`;
    } else {
      const parsed = listed.map((s) => parseSize(s, { requireUnit: true, positive: true, maxBytes: MAX_DISK_BYTES }));
      const bad = parsed.findIndex((p) => !p.ok);
      const first = parsed[bad];
      if (first && !first.ok) errors.sizes = `Disk ${bad + 1} (“${listed[bad]}”): ${first.error}`;
      else disks = parsed.map((p) => (p.ok ? p.value : 0));
    }
  } else {
    const count = parseNumber(raw.count, { min: 1, max: MAX_DISKS, integer: true });
    const size = parseSize(raw.size, { requireUnit: true, positive: true, maxBytes: MAX_DISK_BYTES });
    if (!count.ok) errors.count = count.error;
    if (!size.ok) errors.size = size.error === "Too large." ? "Must be at most 1 PB." : size.error;
    if (count.ok && size.ok) disks = Array.from({ length: count.value }, () => size.value);
  }

  if (level.ok && disks && groups.ok) {
    const n = disks.length;
    const lv = level.value;
    const perGroup = MIN_MEMBERS[lv];
    const listedText = countField === "sizes" ? `; ${n} listed` : "";
    if (nested) {
      if (n < groups.value * perGroup) {
        errors[countField] = `RAID ${lv} with ${groups.value} groups needs at least ${groups.value * perGroup} disks (${perGroup} per group)${listedText}.`;
      } else if (n % groups.value !== 0) {
        errors.groups = `${n} disks do not divide evenly into ${groups.value} groups.`;
      }
    } else if (n < perGroup) {
      errors[countField] = `RAID ${lv} needs at least ${perGroup} disks${listedText}.`;
    } else if (lv === "10" && n % 2 !== 0) {
      errors[countField] = `RAID 10 needs an even number of disks (mirrored pairs)${listedText}.`;
    }
  }

  if (!level.ok || !disks || !groups.ok || !spares.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { level: level.value, disks, groups: groups.value, spares: spares.value } };
}

export type RaidResult = {
  members: number;
  smallestBytes: number;
  largestBytes: number;
  /** Disks that hold data (members minus parity/mirror copies). */
  dataDisks: number;
  usableBytes: number;
  rawBytes: number;
  rawWithSparesBytes: number;
  /** Bytes lost because larger members count as the smallest one. */
  mixedSizeLossBytes: number;
  efficiency: number;
  efficiencyWithSpares: number;
  /** Failures survived whichever disks fail. */
  failuresGuaranteed: number;
  /** Failures survived if they hit the luckiest disks (one per mirror / group). */
  failuresBestCase: number;
  usableDecimal: string;
  usableBinary: string;
  perDiskDecimal: string;
  perDiskBinary: string;
  unitsExplanation: string;
  steps: Step[];
  configLines: ConfigLine[];
};

function dataDisksFor(level: RaidLevel, n: number, g: number): { data: number; formula: string } {
  switch (level) {
    case "0":
      return { data: n, formula: "n" };
    case "1":
      return { data: 1, formula: "1 (every disk holds the same data)" };
    case "5":
      return { data: n - 1, formula: `n − 1 = ${n} − 1` };
    case "6":
      return { data: n - 2, formula: `n − 2 = ${n} − 2` };
    case "10":
      return { data: n / 2, formula: `n ÷ 2 = ${n} ÷ 2` };
    case "50":
      return { data: n - g, formula: `n − groups = ${n} − ${g}` };
    case "60":
      return { data: n - 2 * g, formula: `n − 2 × groups = ${n} − 2 × ${g}` };
  }
}

function failuresFor(level: RaidLevel, n: number, g: number): [number, number] {
  switch (level) {
    case "0":
      return [0, 0];
    case "1":
      return [n - 1, n - 1];
    case "5":
      return [1, 1];
    case "6":
      return [2, 2];
    case "10":
      return [1, n / 2];
    case "50":
      return [1, g];
    case "60":
      return [2, 2 * g];
  }
}

function deviceNames(count: number, from = 1): string {
  const name = (k: number): string => {
    let s = "";
    let x = k;
    do {
      s = String.fromCharCode(97 + (x % 26)) + s;
      x = Math.floor(x / 26) - 1;
    } while (x >= 0);
    return `/dev/sd${s}`;
  };
  if (count <= 8) return Array.from({ length: count }, (_, k) => name(from + k)).join(" ");
  return `${name(from)} … ${name(from + count - 1)}`;
}

export function calculateRaid(i: RaidInput): RaidResult {
  const n = i.disks.length;
  const smallest = Math.min(...i.disks);
  const largest = Math.max(...i.disks);
  const raw = i.disks.reduce((a, b) => a + b, 0);
  const rawWithSpares = raw + i.spares * largest;
  const { data, formula } = dataDisksFor(i.level, n, i.groups);
  const usable = data * smallest;
  const [guaranteed, best] = failuresFor(i.level, n, i.groups);
  const mixed = raw - n * smallest;
  const GiB = 2 ** 30;

  const steps: Step[] = [
    { label: "Smallest member (bounds every member)", formula: n > 1 && largest !== smallest ? `min of ${n} sizes` : `${n} × ${formatBytesDecimal(smallest)}`, value: formatBytesDecimal(smallest) },
    { label: "Disks' worth of data", formula: formula, value: formatInt(data) },
    { label: "Usable (decimal, as sold)", formula: `${formatInt(data)} × ${formatBytesDecimal(smallest)}`, value: formatBytesDecimal(usable) },
    { label: "Usable (binary, as the OS reports)", formula: `${formatNumber(usable, 0)} B ÷ 2^30`, value: `${formatNumber(usable / GiB, 2)} GiB${usable >= 2 ** 40 ? ` = ${formatBytesBinary(usable)}` : ""}` },
    { label: "Efficiency", formula: `usable ÷ raw = ${formatBytesDecimal(usable)} ÷ ${formatBytesDecimal(raw)}`, value: formatPercent(raw > 0 ? usable / raw : 0, 1) },
  ];
  if (mixed > 0) steps.push({ label: "Lost to mixed sizes", formula: "Σ (size − smallest)", value: formatBytesDecimal(mixed) });
  if (i.spares > 0) steps.push({ label: "Raw including hot spares", formula: `${formatBytesDecimal(raw)} + ${i.spares} × ${formatBytesDecimal(largest)}`, value: formatBytesDecimal(rawWithSpares) });

  const sparesFlag = i.spares > 0 ? ` --spare-devices=${i.spares}` : "";
  const devices = deviceNames(n + i.spares);
  let mdadm: string;
  if (isNested(i.level)) {
    const inner = i.level === "50" ? 5 : 6;
    const per = n / i.groups;
    const lines = Array.from({ length: Math.min(i.groups, 4) }, (_, g) => `mdadm --create /dev/md${g + 1} --level=${inner} --raid-devices=${per} ${deviceNames(per, 1 + g * per)}`);
    if (i.groups > 4) lines.push(`# … ${i.groups - 4} more groups`);
    lines.push(`mdadm --create /dev/md0 --level=0 --raid-devices=${i.groups} ${Array.from({ length: Math.min(i.groups, 8) }, (_, g) => `/dev/md${g + 1}`).join(" ")}${i.groups > 8 ? " …" : ""}`);
    mdadm = lines.join("\n");
  } else {
    mdadm = `mdadm --create /dev/md0 --level=${i.level} --raid-devices=${n}${sparesFlag} ${devices}`;
  }

  const oneDisk = smallest;
  return {
    members: n,
    smallestBytes: smallest,
    largestBytes: largest,
    dataDisks: data,
    usableBytes: usable,
    rawBytes: raw,
    rawWithSparesBytes: rawWithSpares,
    mixedSizeLossBytes: mixed,
    efficiency: raw > 0 ? usable / raw : 0,
    efficiencyWithSpares: rawWithSpares > 0 ? usable / rawWithSpares : 0,
    failuresGuaranteed: guaranteed,
    failuresBestCase: best,
    usableDecimal: formatBytesDecimal(usable),
    usableBinary: formatBytesBinary(usable),
    perDiskDecimal: formatBytesDecimal(oneDisk),
    perDiskBinary: formatBytesBinary(oneDisk),
    unitsExplanation: `Disk makers count 1 GB = 1,000,000,000 bytes; the OS (df -h, lsblk) counts 1 GiB = 1,073,741,824 bytes (2^30) and often prints it as “G”. So a ${formatBytesDecimal(oneDisk)} disk holds ${formatNumber(oneDisk, 0)} bytes ÷ 2^30 = ${formatNumber(oneDisk / GiB, 2)} GiB: about ${formatNumber(Math.floor(oneDisk / GiB), 0)} G on screen, ${formatPercent(1 - 1e9 / GiB, 1)} less than the label per GB (${formatPercent(1 - 1e12 / 2 ** 40, 1)} per TB).`,
    steps,
    configLines: [
      { label: `Linux software RAID (${RAID_LEVEL_LABELS[i.level]})`, code: mdadm },
      { label: "Check", code: "cat /proc/mdstat\nlsblk -b /dev/md0   # bytes; lsblk without -b prints binary units" },
    ],
  };
}

export function raidToParams(raw: RaidRaw): URLSearchParams {
  return rawToParams(raw, RAID_FIELDS);
}

export function raidFromParams(params: ParamsLike | null | undefined): RaidRaw {
  return rawFromParams(params, RAID_DEFAULTS);
}
