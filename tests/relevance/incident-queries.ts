import type { RelevanceCase } from "./relevance-case";

/**
 * Incident queries: what an engineer pastes or types when something looks
 * familiar, and the past incidents in prisma/seed-data/incidents.json
 * (their `key`s) that looked the same. Used by `npm run test:relevance` and
 * by tests/db/search.test.ts, which runs them on SQLite and PostgreSQL.
 */
export const INCIDENT_QUERIES: RelevanceCase[] = [
  {
    style: "log",
    query: '2026-11-03 02:11:09.341277 W | etcdserver: read-only range request "key:\\"/registry/pods/prod/\\" range_end:\\"/registry/pods/prod0\\" " with result "range_response_count:212 size:1843210" took too long (3.1s) to execute',
    expect: ["etcd-slow-disk-192-168-180-8", "etcd-commit-latency-192-168-180-9"],
  },
  { style: "phrase", query: "etcd fsync slow disk member", expect: ["etcd-slow-disk-192-168-180-8", "etcd-commit-latency-192-168-180-9"] },
  { style: "phrase", query: "cron kubectl empty list", expect: ["cron-kubectl-empty-list-54-219-33-54", "cron-kubectl-empty-list-node-report"] },
  { style: "event", query: "Back-off restarting failed container order-api in pod order-api-7d9f8c6b5-xk2p9", expect: ["crashloop-order-api-config-typo", "back-off-restarting-report-exporter"] },
  { style: "phrase", query: "CrashLoopBackOff exit code 137 OOMKilled", expect: ["crashloop-checkout-worker-oomkilled"] },
  { style: "paraphrase", query: "ingress drops new connections at peak traffic, listen queue overflows", expect: ["ingress-listen-queue-overflow-peak"] },
  { style: "log", query: "upstream connect error or disconnect/reset before headers. reset reason: connection failure eureka renew", expect: ["eureka-heartbeat-503-after-istio"] },
  { style: "paraphrase", query: "fork failed on worker nodes, too many threads in a java service", expect: ["node-pid-exhaustion-report-service"] },
  { style: "zh", query: "缓存命中率低", expect: ["image-cache-hit-ratio-drop-zh"] },
  { style: "zh", query: "定时任务 kubectl 返回空", expect: ["cron-kubectl-empty-list-zh"] },
  { style: "mixed", query: "nginx cache hit ratio 很低 回源带宽", expect: ["image-cache-hit-ratio-drop-zh", "image-proxy-cache-hit-ratio-7pct"] },
  { style: "log", query: "E0510 17:43:56.892945 790992 reflector.go:178] Failed to list *v1.Secret: x509: certificate has expired or is not yet valid", expect: ["apiserver-loopback-cert-expired-10-13-96-11", "kubeadm-join-x509-clock-skew-192-168-2-65"] },
  { style: "paraphrase", query: "kubectl get pvc times out on one apiserver", expect: ["pvc-requests-timeout-apiserver-10-13-96-12"] },
  { style: "phrase", query: "cpu throttling latency api gateway limit", expect: ["cfs-throttling-api-gateway"] },
  { style: "paraphrase", query: "uploads from containers to object storage hang, conntrack INVALID", expect: ["container-upload-conntrack-invalid"] },
  { style: "log", query: "listen tcp 0.0.0.0:10252: bind: address already in use", expect: ["controller-manager-port-10252-in-use"] },
  { style: "paraphrase", query: "cronjob stopped scheduling after restoring etcd", expect: ["cronjob-missed-schedules-after-etcd-restore"] },
  { style: "paraphrase", query: "redis through a headless service unreachable from pods with the envoy sidecar", expect: ["istio-redis-headless-mtls"] },
  { style: "typo", query: "duplicat pod ip after cni state wiped", expect: ["duplicate-pod-ip-idc2-node-07"] },
  { style: "phrase", query: "watchdog rebooted the node under load", expect: ["watchdog-reboot-batch-node"] },
  { style: "paraphrase", query: "kafka consumer missing order events", expect: ["kafka-order-events-missing"] },
  { style: "log", query: "stream error when reading response body, may be caused by closed connection. Please retry.", expect: ["list-applications-connection-closed", "pvc-requests-timeout-apiserver-10-13-96-12"] },
  { style: "phrase", query: "configmap subpath binlog_format not updated", expect: ["configmap-subpath-mysql-binlog-format"] },
  { style: "event", query: 'Multi-Attach error for volume "pvc-8a1b" Volume is already used by pod(s) grafana-6d9f7c8b5-abcde', expect: ["rwo-pvc-rollout-stuck-grafana"] },
  { style: "mixed", query: "kubelet 一直报 node not found, cgroup driver", expect: ["kubelet-node-not-found-cgroup-driver"] },
  { style: "typo", query: "kubectl port-forwad socat", expect: ["port-forward-socat-missing-new-pool"] },
  { style: "phrase", query: "namespace stuck terminating", expect: ["namespace-stuck-terminating-pr-1432"] },
  { style: "log", query: "Specified key was too long; max key length is 767 bytes", expect: ["mysql-key-too-long-user-service-migration"] },
  { style: "phrase", query: "evicted pods disk pressure", expect: ["evicted-pods-rook-ceph"] },
  // English incidents found with the Chinese words typed around an error name (zh-en-glossary.ts).
  { style: "mixed", query: "pod Terminating 卡住", expect: ["force-delete-terminating-kubevela-core"] },
  { style: "mixed", query: "namespace 删不掉 Terminating", expect: ["namespace-stuck-terminating-pr-1432"] },
  { style: "mixed", query: "grafana 升级卡住 ReadWriteOnce", expect: ["rwo-pvc-rollout-stuck-grafana"] },
  { style: "mixed", query: "kubeconfig 证书过期", expect: ["kubeconfig-client-cert-expiring-ci-deployer"] },
  { style: "mixed", query: "ingress 延迟高 TIME_WAIT", expect: ["ingress-nginx-time-wait-latency"] },
  { style: "mixed", query: "etcd 磁盘慢 took too long", expect: ["etcd-slow-disk-192-168-180-8", "etcd-commit-latency-192-168-180-9"] },
  { style: "mixed", query: "api-gateway cpu 限流 延迟", expect: ["cfs-throttling-api-gateway"] },
  { style: "mixed", query: "节点升级卡住 PDB", expect: ["pdb-blocks-node-upgrade-ledger-sync"] },
  { style: "mixed", query: "mysql 磁盘 IO 打满 scheduler", expect: ["mysql-io-scheduler-cfq-db-03"] },
  { style: "mixed", query: "report-service 线程泄漏 fork 失败", expect: ["node-pid-exhaustion-report-service"] },
];
