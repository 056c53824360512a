/**
 * Alert names that standard Prometheus setups fire, with the rule file each
 * comes from. A runbook's `alerts:` may list these (or alerts it ships itself
 * in a ```` ```yaml rules ```` block); content:check rejects any other name.
 *
 * Every name was checked against the upstream rule files (December 2026):
 * kubernetes-mixin `alerts/*.libsonnet` (the `…Down` alerts come from
 * `lib/absent_alert.libsonnet`, which names them `<component>Down`),
 * node_exporter `docs/node-mixin/alerts/alerts.libsonnet`, etcd
 * `contrib/mixin/alerts/alerts.libsonnet`, and kube-prometheus's rendered
 * `manifests/kubePrometheus-prometheusRule.yaml` and
 * `manifests/alertmanager-prometheusRule.yaml`. Names that only older or
 * newer releases carry (KubeJobCompletion, KubeAPILatencyHigh, …) are left
 * out on purpose: add a name here only after reading it in the rule file.
 */

export interface UpstreamRuleFile {
  /** What SREs call it. */
  mixin: "kubernetes-mixin" | "node-mixin" | "etcd-mixin" | "kube-prometheus";
  repo: string;
  path: string;
  /** The rule group inside the file. */
  group: string;
}

const FILES = {
  apps: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/apps_alerts.libsonnet", group: "kubernetes-apps" },
  resources: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/resource_alerts.libsonnet", group: "kubernetes-resources" },
  storage: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/storage_alerts.libsonnet", group: "kubernetes-storage" },
  system: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/system_alerts.libsonnet", group: "kubernetes-system" },
  apiserverSlos: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/kube_apiserver.libsonnet", group: "kube-apiserver-slos" },
  apiserver: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/kube_apiserver.libsonnet", group: "kubernetes-system-apiserver" },
  kubelet: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/kubelet.libsonnet", group: "kubernetes-system-kubelet" },
  scheduler: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/kube_scheduler.libsonnet", group: "kubernetes-system-scheduler" },
  controllerManager: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/kube_controller_manager.libsonnet", group: "kubernetes-system-controller-manager" },
  kubeProxy: { mixin: "kubernetes-mixin", repo: "kubernetes-monitoring/kubernetes-mixin", path: "alerts/kube_proxy.libsonnet", group: "kubernetes-system-kube-proxy" },
  node: { mixin: "node-mixin", repo: "prometheus/node_exporter", path: "docs/node-mixin/alerts/alerts.libsonnet", group: "node-exporter" },
  etcd: { mixin: "etcd-mixin", repo: "etcd-io/etcd", path: "contrib/mixin/alerts/alerts.libsonnet", group: "etcd" },
  general: { mixin: "kube-prometheus", repo: "prometheus-operator/kube-prometheus", path: "manifests/kubePrometheus-prometheusRule.yaml", group: "general.rules" },
  nodeNetwork: { mixin: "kube-prometheus", repo: "prometheus-operator/kube-prometheus", path: "manifests/kubePrometheus-prometheusRule.yaml", group: "node-network" },
  alertmanager: { mixin: "kube-prometheus", repo: "prometheus-operator/kube-prometheus", path: "manifests/alertmanager-prometheusRule.yaml", group: "alertmanager.rules" },
} as const satisfies Record<string, UpstreamRuleFile>;

const NAMES: Record<keyof typeof FILES, readonly string[]> = {
  apps: [
    "KubePodCrashLooping",
    "KubePodNotReady",
    "KubeDeploymentGenerationMismatch",
    "KubeDeploymentReplicasMismatch",
    "KubeDeploymentRolloutStuck",
    "KubeStatefulSetReplicasMismatch",
    "KubeStatefulSetGenerationMismatch",
    "KubeStatefulSetUpdateNotRolledOut",
    "KubeDaemonSetRolloutStuck",
    "KubeContainerWaiting",
    "KubeDaemonSetNotScheduled",
    "KubeDaemonSetMisScheduled",
    "KubeJobNotCompleted",
    "KubeJobFailed",
    "KubeHpaReplicasMismatch",
    "KubeHpaMaxedOut",
    "KubePdbNotEnoughHealthyPods",
  ],
  resources: [
    "KubeCPUOvercommit",
    "KubeMemoryOvercommit",
    "KubeCPUQuotaOvercommit",
    "KubeMemoryQuotaOvercommit",
    "KubeQuotaAlmostFull",
    "KubeQuotaFullyUsed",
    "KubeQuotaExceeded",
    "CPUThrottlingHigh",
  ],
  storage: ["KubePersistentVolumeFillingUp", "KubePersistentVolumeInodesFillingUp", "KubePersistentVolumeErrors"],
  system: ["KubeVersionMismatch", "KubeClientErrors"],
  apiserverSlos: ["KubeAPIErrorBudgetBurn"],
  apiserver: ["KubeClientCertificateExpiration", "KubeAggregatedAPIErrors", "KubeAggregatedAPIDown", "KubeAPIDown", "KubeAPITerminatedRequests"],
  kubelet: [
    "KubeNodeNotReady",
    "KubeNodePressure",
    "KubeNodeUnreachable",
    "KubeletTooManyPods",
    "KubeNodeReadinessFlapping",
    "KubeNodeEviction",
    "KubeletPlegDurationHigh",
    "KubeletPodStartUpLatencyHigh",
    "KubeletClientCertificateExpiration",
    "KubeletServerCertificateExpiration",
    "KubeletClientCertificateRenewalErrors",
    "KubeletServerCertificateRenewalErrors",
    "KubeletDown",
  ],
  scheduler: ["KubeSchedulerDown"],
  controllerManager: ["KubeControllerManagerDown"],
  kubeProxy: ["KubeProxyDown"],
  node: [
    "NodeFilesystemSpaceFillingUp",
    "NodeFilesystemAlmostOutOfSpace",
    "NodeFilesystemFilesFillingUp",
    "NodeFilesystemAlmostOutOfFiles",
    "NodeNetworkReceiveErrs",
    "NodeNetworkTransmitErrs",
    "NodeHighNumberConntrackEntriesUsed",
    "NodeTextFileCollectorScrapeError",
    "NodeClockSkewDetected",
    "NodeClockNotSynchronising",
    "NodeRAIDDegraded",
    "NodeRAIDDiskFailure",
    "NodeFileDescriptorLimit",
    "NodeCPUHighUsage",
    "NodeSystemSaturation",
    "NodeMemoryMajorPagesFaults",
    "NodeMemoryHighUtilization",
    "NodeDiskIOSaturation",
    "NodeSystemdServiceFailed",
    "NodeSystemdServiceCrashlooping",
    "NodeBondingDegraded",
  ],
  etcd: [
    "etcdMembersDown",
    "etcdInsufficientMembers",
    "etcdNoLeader",
    "etcdHighNumberOfLeaderChanges",
    "etcdHighNumberOfFailedGRPCRequests",
    "etcdGRPCRequestsSlow",
    "etcdMemberCommunicationSlow",
    "etcdHighNumberOfFailedProposals",
    "etcdHighFsyncDurations",
    "etcdHighCommitDurations",
    "etcdDatabaseQuotaLowSpace",
    "etcdExcessiveDatabaseGrowth",
    "etcdDatabaseHighFragmentationRatio",
  ],
  general: ["TargetDown", "Watchdog", "InfoInhibitor"],
  nodeNetwork: ["NodeNetworkInterfaceFlapping"],
  alertmanager: [
    "AlertmanagerFailedReload",
    "AlertmanagerMembersInconsistent",
    "AlertmanagerFailedToSendAlerts",
    "AlertmanagerClusterFailedToSendAlerts",
    "AlertmanagerConfigInconsistent",
    "AlertmanagerClusterDown",
    "AlertmanagerClusterCrashlooping",
  ],
};

export const UPSTREAM_ALERTS: ReadonlyMap<string, UpstreamRuleFile> = new Map(
  (Object.keys(NAMES) as (keyof typeof FILES)[]).flatMap((key) => NAMES[key].map((name) => [name, FILES[key]] as const)),
);

export function upstreamAlertSource(name: string): UpstreamRuleFile | undefined {
  return UPSTREAM_ALERTS.get(name);
}
