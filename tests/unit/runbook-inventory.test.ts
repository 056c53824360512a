import { describe, expect, it } from "vitest";
import { readSampleIncidents } from "@/lib/incidents/seed-sample-incidents";
import { getRunbookEntry, listRunbooks } from "@/lib/runbooks/runbook-index";
import { upstreamAlertSource } from "@/lib/runbooks/upstream-alerts";

/** Every item the runbook-library issue lists, mapped to the runbook that covers it. */
const INVENTORY: [source: string, item: string, slug: string][] = [
  ["000", "kubectl in a cron job returns an empty list (PATH lacks /usr/local/sbin)", "cron-kubectl-empty-list"],
  ["000", "cron jobs all on multiples of 5 minutes cause load spikes", "cron-jobs-aligned-load-spikes"],
  ["000", "nginx image proxy cache hit ratio collapse", "nginx-proxy-cache-low-hit-ratio"],
  ["000", "pod-availability monitoring watching the wrong cluster", "pod-availability-monitor-wrong-cluster"],
  ["004", "apiserver's requests to itself fail with an expired certificate", "apiserver-loopback-certificate-expired"],
  ["004", "AlertManager HA across two clusters via CoreDNS", "alertmanager-ha-across-clusters"],
  ["004", "private Go modules in a Docker build (.netrc from build args)", "docker-build-private-go-modules"],
  ["004", "a port held by a long-lived TCP connection (tcpkill)", "port-held-by-long-lived-connection"],
  ["004", "PID exhaustion watch via nr_kernel_stack", "pid-exhaustion-nr-kernel-stack"],
  ["001", "CPU throttling under CFS limits", "cfs-cpu-throttling"],
  ["001", "Dockerfile ARG empty after FROM", "dockerfile-arg-empty-after-from"],
  ["001", "disk I/O scheduler choice for databases", "disk-io-scheduler-for-databases"],
  ["001", "port-forward needing socat/nsenter", "kubectl-port-forward-needs-socat"],
  ["001", "hostPort rules shadowing a NodePort", "hostport-shadows-nodeport"],
  ["001", "overlayfs on XFS without ftype=1", "overlayfs-xfs-ftype"],
  ["001", "container NAT uploads failing on INVALID conntrack packets", "container-nat-upload-conntrack-invalid"],
  ["001", "changing a running container's published ports", "docker-change-published-ports"],
  ["001", "TCP SYN/accept queue overflow", "tcp-syn-accept-queue-overflow"],
  ["001", "stdout buffering when not a TTY", "stdout-buffering-no-tty"],
  ["001", "disk and RAID capacity smaller than expected", "disk-raid-capacity-smaller"],
  ["001", "watchdog reboots", "watchdog-reboots"],
  ["001", "the PID 1 signal problem", "pid1-signal-handling"],
  ["001", "kubectl logs picking a container", "kubectl-logs-container-selection"],
  ["001", "kubectl get all missing resources", "kubectl-get-all-missing-resources"],
  ["001", "the OOM killer", "oom-killer"],
  ["001", "duplicate pod IPs after host-local IPAM state loss", "duplicate-pod-ip-host-local-ipam"],
  ["001", "MySQL index key length limit", "mysql-index-key-too-long"],
  ["001", "losing the client's real IP behind ingress", "ingress-client-real-ip"],
  ["001", "reading exit codes (137, 143, 127, 126…)", "container-exit-codes"],
  ["001", "pods stuck in ContainerCreating", "pod-containercreating"],
  ["001", "pods stuck in ImagePullBackOff", "pod-imagepullbackoff"],
  ["001", "pods stuck in Pending", "pod-pending"],
  ["001", "pods stuck in Terminating", "pod-terminating"],
  ["001", "pods in CrashLoopBackOff", "pod-crashloopbackoff"],
  ["001", "istio: app starts before the sidecar is ready", "istio-sidecar-startup-order"],
  ["001", "istio: headless service with mTLS to a plain-TCP server", "istio-headless-mtls-plain-tcp"],
  ["001", "istio: Eureka heartbeats failing with 503 after pod IP changes", "istio-eureka-heartbeat-503"],
  ["001", "ingress-nginx under high concurrency", "ingress-nginx-high-concurrency"],
  ["001", "evictions making a service unavailable (anti-affinity, PDB)", "eviction-service-unavailable"],
  ["001", "node upgrade precautions", "node-upgrade-precautions"],
  ["001", "Kafka message loss", "kafka-message-loss"],
  ["002", "back-off restarting failed container", "back-off-restarting-failed-container"],
  ["002", "conflicts from two updates in one reconcile", "reconcile-update-conflict"],
  ["002", "listing many custom resources fails with a closed connection", "list-custom-resources-connection-closed"],
  ["002", "one resource type timing out while others work (HTTP/2 to etcd)", "resource-type-timeout-etcd-http2"],
  ["002", "client-side throttling messages", "client-side-throttling"],
  ["002", "force-deleting a pod and its risks", "force-delete-pod"],
  ["002", "checking a kubeconfig certificate's expiry", "kubeconfig-certificate-expiry"],
  ["003", "etcd \"took too long\" from a slow disk", "etcd-slow-disk-took-too-long"],
  ["003", "kubeadm join failing on x509 because of clock skew", "kubeadm-join-x509-clock-skew"],
  ["003", "namespace stuck in Terminating", "namespace-stuck-terminating"],
  ["003", "a ConfigMap mounted with subPath not updating", "configmap-subpath-not-updating"],
  ["003", "PreStop not running on OOM kill", "prestop-not-run-on-oom"],
  ["003", "Deployment with a ReadWriteOnce PVC stuck in rolling update", "deployment-rwo-pvc-rolling-update"],
  ["003", "kube-controller-manager port 10252 already in use", "controller-manager-port-10252-in-use"],
  ["003", "kubelet repeating \"node not found\"", "kubelet-node-not-found"],
  ["003", "CronJob stopping after too many missed schedules", "cronjob-too-many-missed-schedules"],
  ["003", "cleaning up Evicted pods", "cleanup-evicted-pods"],
  ["003", "drain refusing to proceed", "drain-refuses"],
  ["003", "DaemonSet pods ignoring cordon", "daemonset-ignores-cordon"],
  ["003", "pods piling onto one node (topology spread)", "pods-pile-on-one-node"],
  ["ref", "kubectl recipes", "reference-kubectl-recipes"],
  ["ref", "patch types", "reference-patch-types"],
  ["ref", "pod status meanings", "reference-pod-status"],
  ["ref", "the certificates a cluster uses", "reference-cluster-certificates"],
  ["ref", "golden signals, RED and USE", "reference-monitoring-methods"],
  ["001", "istio traffic management: fault delay/abort, timeout, retries (attempts/perTryTimeout/retryOn), connection-pool circuit breaking", "reference-istio-traffic-management"],
  ["001", "istio: creating a mesh service step by step, Gateway and ServiceEntry, traffic mirroring", "reference-istio-traffic-management"],
  ["001", "retry strategies and circuit breakers", "reference-istio-traffic-management"],
  ["001", "istio certificate distribution (SDS, pilot-agent CSR, istiod)", "reference-istio-workload-certificates"],
  ["001", "pod name → node → container PID → nsenter -n helper", "reference-pod-netns-helper"],
  ["001", "converting a KVM qcow2 image for VMware ESXi", "reference-kvm-qcow2-to-esxi"],
  ["001", "API server rate limiting: max-inflight, client-side, EventRateLimit, APF", "reference-apiserver-rate-limiting"],
  ["001", "Exchange PowerShell script as a scheduled task", "reference-exchange-powershell-scheduled-task"],
  ["002", "apiserver --goaway-chance", "apiserver-http2-clients-stuck-goaway"],
  ["002", "events in a separate etcd (--etcd-servers-overrides=/events#…)", "reference-apiserver-events-etcd"],
  ["002", "events deleted after one hour (--event-ttl)", "reference-apiserver-events-etcd"],
  ["002", "--max-requests-inflight / --max-mutating-requests-inflight by node count", "reference-apiserver-rate-limiting"],
  ["002", "client-go watch timeout of [5min, 10min)", "reference-apiserver-rate-limiting"],
  ["002", "hostAliases and dnsPolicy", "reference-pod-hostaliases-dnspolicy"],
  ["002", "kubelet cAdvisor metrics on :10250/metrics/cadvisor with a ServiceAccount bearer token", "reference-kubelet-cadvisor-metrics"],
  ["002", "TokenReview and SubjectAccessReview", "reference-kubelet-cadvisor-metrics"],
  ["003", "CoreDNS custom records: rewrite name, hosts {}, a Service plus Endpoints for an external host", "reference-coredns-custom-records"],
  ["003", "adding hosts entries to a pod (hostAliases)", "reference-pod-hostaliases-dnspolicy"],
  ["003", "nginx passing an encoded URI through unchanged", "nginx-proxy-pass-encoded-uri"],
  ["003", "ingress-nginx annotations: Host via configuration-snippet, proxy timeouts \"1800\", rewrite-target", "reference-ingress-nginx-annotations"],
  ["003", "containerd image export and retag loop", "reference-containerd-image-export"],
  ["003", "setting sysctls from a pod (safe, unsafe, node-level)", "pod-sysctl-forbidden"],
  ["003", "logical node isolation with restricted node labels; nodeName, nodeSelector, affinity", "kubelet-node-labels-restricted"],
  ["003", "ServiceAccountTokenVolumeProjection (time-limited tokens)", "reference-bound-serviceaccount-tokens"],
  ["003", "Service Topology (topologyKeys)", "reference-service-topology-keys"],
  ["004", "CoreDNS rewrite name to a Service in another namespace (AlertManager notes)", "reference-coredns-custom-records"],
];

/** Seed items that live inside an existing page rather than a page of their own: the facts that must stay there. */
const MERGED_ITEMS: [source: string, item: string, slug: string, facts: string[]][] = [
  ["002", "kubectl one-liners: kubens, logs --tail=10, get -w, scale, rollout history and undo", "reference-kubectl-recipes", ["kubens <namespace-name>", "--tail=10", "kubectl get pod <pod-name> -w", "kubectl scale --replicas=3 deploy", "kubectl rollout history deploy", "kubectl rollout undo daemonset/abc --to-revision=3"]],
  ["004", "kubernetes-csi-tencentcloud: CBS, CFS and COS; CBS not shared, CFS shared", "deployment-rwo-pvc-rolling-update", ["kubernetes-csi-tencentcloud", "CBS (Cloud Block Storage)", "CFS (Cloud File Storage)", "COS (Cloud Object Storage)"]],
  ["002", "etcd storage: WAL, snapshots, boltdb, raft; --snapshot-count by version", "etcd-slow-disk-took-too-long", ["### Storage internals", "boltdb", "--snapshot-count", "10,000 before etcd v3.2", "v3.2 through v3.5", "10,000 again from v3.6"]],
];

/** Calculator runbooks embed their calculator with the runbook's own numbers. */
const EMBEDS: [slug: string, embed: RegExp][] = [
  ["cfs-cpu-throttling", /<CfsThrottlingCalculator[^>]*limit="400m"[^>]*periodMs=\{100\}/],
  ["tcp-syn-accept-queue-overflow", /<TcpQueueCalculator[^>]*backlog=\{511\}[^>]*somaxconn=\{128\}[^>]*synBacklog=\{1024\}/],
  ["disk-raid-capacity-smaller", /<RaidCalculator[^>]*\/>/],
  ["nginx-proxy-cache-low-hit-ratio", /<CacheHitCalculator[^>]*hit=\{700\}[^>]*split=\{10\}/],
  ["container-exit-codes", /<ExitCodeDecoder code=\{137\} \/>/],
];

describe("runbook library", () => {
  it("has at least 45 runbooks", () => {
    expect(listRunbooks().filter((r) => r.kind === "runbook").length).toBeGreaterThanOrEqual(45);
  });

  it.each(INVENTORY)("[%s] %s → %s exists", (_source, _item, slug) => {
    expect(getRunbookEntry(slug), `missing runbook ${slug}`).toBeDefined();
  });

  it.each(MERGED_ITEMS)("[%s] %s stays in %s", (_source, _item, slug, facts) => {
    const body = getRunbookEntry(slug)?.body ?? "";
    expect(facts.filter((fact) => !body.includes(fact))).toEqual([]);
  });

  it.each(EMBEDS)("%s embeds its calculator with preset inputs", (slug, embed) => {
    expect(getRunbookEntry(slug)?.body).toMatch(embed);
  });

  it("links the sample incidents only to runbooks that exist", () => {
    const slugs = readSampleIncidents().flatMap((s) => s.runbooks.map((r) => r.slug));
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.filter((slug) => !getRunbookEntry(slug))).toEqual([]);
  });

  it("gives the sample incidents only alert names a real setup fires or a runbook ships", () => {
    const listed = new Set(listRunbooks().flatMap((r) => r.alerts));
    const names = readSampleIncidents().flatMap((s) => (s.alertname ? [s.alertname] : []));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !upstreamAlertSource(name) && !listed.has(name))).toEqual([]);
  });
});
