import type { RelevanceCase } from "./relevance-case";

/**
 * Runbook queries written the way on-call engineers search: whole log lines
 * with their timestamps, PIDs, addresses and pod names; `kubectl describe`
 * events; a few typed words; paraphrases that share little with the
 * runbook's wording; typos; Chinese; and both mixed. Expected answers are
 * runbook slugs. Not derived from the runbooks' `symptoms` lists (those are
 * being rewritten), so a good score here means the ranking generalises.
 */
export const RUNBOOK_QUERIES: RelevanceCase[] = [
  // --- full log lines and events, noise included
  {
    style: "log",
    query:
      "E0510 17:43:56.892945  790992 reflector.go:178] k8s.io/client-go/informers/factory.go:135: Failed to list *v1.ClusterRoleBinding: Get https://10.20.30.41:6443/apis/rbac.authorization.k8s.io/v1/clusterrolebindings?resourceVersion=412277301: x509: certificate has expired or is not yet valid",
    expect: ["apiserver-loopback-certificate-expired"],
  },
  {
    style: "event",
    query: "0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate.",
    expect: ["pod-pending"],
  },
  {
    style: "event",
    query: "Warning  FailedScheduling  41s (x7 over 6m)  default-scheduler  0/12 nodes are available: 12 Insufficient memory. preemption: 0/12 nodes are available: 12 No preemption victims found for incoming pod.",
    expect: ["pod-pending"],
  },
  {
    style: "log",
    query:
      '{"level":"warn","ts":"2026-11-02T10:17:18.901Z","caller":"etcdserver/util.go:166","msg":"apply request took too long","took":"1.234567s","expected-duration":"100ms","prefix":"read-only range ","request":"key:\\"/registry/leases/kube-system/kube-scheduler\\" ","response":"range_response_count:1 size:480"}',
    expect: ["etcd-slow-disk-took-too-long"],
  },
  {
    style: "log",
    query: "2026-11-03 02:11:09.341277 W | etcdserver: read-only range request \"key:\\\"/registry/configmaps/prod/app-config\\\" \" with result \"range_response_count:1 size:2231\" took too long (2.118397162s) to execute",
    expect: ["etcd-slow-disk-took-too-long"],
  },
  {
    style: "event",
    query: "Warning  BackOff  2m (x17 over 6m)  kubelet  Back-off restarting failed container busybox in pod demo-5d8f7c9b6d-q2w7x_default(9a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d)",
    expect: ["back-off-restarting-failed-container", "pod-crashloopbackoff"],
  },
  {
    style: "event",
    query: 'Warning  Unhealthy  3s (x4 over 33s)  kubelet  Liveness probe failed: Get "http://10.244.1.17:8080/healthz": dial tcp 10.244.1.17:8080: connect: connection refused',
    expect: ["pod-health-check-failing"],
  },
  {
    style: "event",
    query:
      'Warning  Failed  12s  kubelet  Failed to pull image "registry.internal:5000/shop/cart:1.4.2": rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: failed to do request: Head "https://registry.internal:5000/v2/shop/cart/manifests/1.4.2": http: server gave HTTP response to HTTPS client',
    expect: ["pod-imagepullbackoff"],
  },
  {
    style: "event",
    query:
      'Warning  FailedAttachVolume  43s  attachdetach-controller  Multi-Attach error for volume "pvc-3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b" Volume is already used by pod(s) grafana-7c9d8f6b5-k2x9z',
    expect: ["deployment-rwo-pvc-rolling-update"],
  },
  {
    style: "log",
    query:
      'error: unable to drain node "ip-10-0-1-23.ec2.internal" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/aws-node-7xk2p, kube-system/kube-proxy-9mzv4, continuing command...',
    expect: ["drain-refuses"],
  },
  {
    style: "log",
    query: "[Mon Nov  2 10:24:25 2026] Out of memory: Killed process 31337 (java) total-vm:8123456kB, anon-rss:6234567kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:12345kB oom_score_adj:0",
    expect: ["oom-killer"],
  },
  {
    style: "log",
    query: "ERROR 1071 (42000) at line 12: Specified key was too long; max key length is 767 bytes",
    expect: ["mysql-index-key-too-long"],
  },
  {
    style: "log",
    query:
      "I1102 10:14:15.123456   12345 request.go:665] Waited for 1.0873234s due to client-side throttling, not priority and fairness, request: GET:https://10.0.0.1:443/apis/apps/v1/namespaces/default/deployments?limit=500",
    expect: ["client-side-throttling"],
  },
  {
    style: "log",
    query: "failed to create listener: failed to listen on 0.0.0.0:10252: listen tcp 0.0.0.0:10252: bind: address already in use",
    expect: ["controller-manager-port-10252-in-use"],
  },
  {
    style: "log",
    query:
      "E1102 10:15:16.123456       1 cronjob_controller.go:272] Cannot determine if default/nightly-backup needs to be started: too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew",
    expect: ["cronjob-too-many-missed-schedules"],
  },
  {
    style: "log",
    query:
      "error: a container name must be specified for pod api-5f7d9c-x2k9p, choose one of: [api istio-proxy] or one of the init containers: [istio-init]",
    expect: ["kubectl-logs-container-selection"],
  },
  {
    style: "log",
    query:
      "E1102 10:20:21.123456   23456 portforward.go:400] an error occurred forwarding 8080 -> 80: error forwarding port 80 to pod 4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e, uid : unable to do port forwarding: socat not found",
    expect: ["kubectl-port-forward-needs-socat"],
  },
  {
    style: "log",
    query: 'E1102 10:21:22.334455    4321 kubelet.go:2263] node "worker-03" not found',
    expect: ["kubelet-node-not-found"],
  },
  {
    style: "log",
    query:
      '2026-11-02T10:23:24.556Z\tERROR\tcontroller-runtime.manager.controller.widget\tReconciler error\t{"name": "w1", "namespace": "default", "error": "Operation cannot be fulfilled on widgets.example.com \\"w1\\": the object has been modified; please apply your changes to the latest version and try again"}',
    expect: ["reconcile-update-conflict"],
  },
  {
    style: "log",
    query:
      "[preflight] Running pre-flight checks\nerror execution phase preflight: [preflight] Some fatal errors occurred:\n\t[ERROR Swap]: running with swap on is not supported. Please disable swap\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`",
    expect: ["kubeadm-init-swap-preflight"],
  },
  {
    style: "log",
    query:
      "[ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.20.5: output: Error response from daemon: Get https://k8s.gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
    expect: ["k8s-gcr-io-images-unreachable"],
  },
  {
    style: "log",
    query:
      "2026-11-02 10:12:13.456  WARN 1 --- [tbeatExecutor-0] c.n.d.s.t.d.RetryableEurekaHttpClient    : Request execution failed with message: upstream connect error or disconnect/reset before headers. reset reason: connection failure",
    expect: ["istio-eureka-heartbeat-503"],
  },
  {
    style: "log",
    query:
      '2026/11/02 10:25:26 [alert] 31#31: *1234567 1024 worker_connections are not enough while connecting to upstream, client: 10.1.2.3, server: shop.example.com, request: "GET /api/cart HTTP/1.1"',
    expect: ["ingress-nginx-high-concurrency"],
  },
  {
    style: "log",
    query:
      '2026/11/02 21:03:44 [crit] 40#40: *88231 connect() to 10.0.0.5:8080 failed (99: Cannot assign requested address) while connecting to upstream, client: 172.16.4.9, server: _, request: "POST /orders HTTP/1.1"',
    expect: ["ingress-nginx-high-concurrency"],
  },
  {
    style: "log",
    query:
      'Nov 02 10:11:12 node7 dockerd[1234]: time="2026-11-02T10:11:12.123456789+08:00" level=error msg="[graphdriver] prior storage driver overlay2 failed: overlay2: the backing xfs filesystem is formatted without d_type support, which leads to incorrect behavior. Reformat the filesystem with ftype=1 to enable d_type support."',
    expect: ["overlayfs-xfs-ftype"],
  },
  {
    style: "log",
    query:
      "error when evicting pods/\"ledger-sync-6d5f7c8b9-xk2lp\" -n \"finance\" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.",
    expect: ["eviction-service-unavailable", "node-upgrade-precautions"],
  },
  {
    style: "event",
    query:
      'Warning  FailedCreatePodSandBox  12s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f9a8b7c6d5e": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
    expect: ["pod-containercreating"],
  },
  {
    style: "log",
    query:
      "go: gitlab.example.com/platform/auth@v1.4.2: reading https://gitlab.example.com/platform/auth.git/info/refs: fatal: could not read Username for 'https://gitlab.example.com': terminal prompts disabled",
    expect: ["docker-build-private-go-modules"],
  },
  {
    style: "log",
    query:
      "[discovery] Requesting info from \"https://10.1.4.20:6443\" again to validate TLS against the pinned public key\n[discovery] Failed to request cluster info, will try again: Get https://10.1.4.20:6443/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s: x509: certificate has expired or is not yet valid",
    expect: ["kubeadm-join-x509-clock-skew"],
  },
  {
    style: "log",
    query:
      "unexpected error when reading response body. Please retry. Original error: read tcp 10.8.1.17:51234->10.8.0.2:6443: wsarecv: An existing connection was forcibly closed by the remote host.",
    expect: ["list-custom-resources-connection-closed"],
  },
  {
    style: "log",
    query: "Exit Code: 143  Reason: Error  Started: Mon, 02 Nov 2026 10:01:12 +0800  Finished: Mon, 02 Nov 2026 10:05:44 +0800  what does it mean",
    expect: ["container-exit-codes"],
  },
  {
    style: "log",
    query: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. pod "kafka-2" force deleted',
    expect: ["force-delete-pod"],
  },

  // --- a few typed words
  { style: "phrase", query: "cron kubectl empty", expect: ["cron-kubectl-empty-list"] },
  { style: "phrase", query: "pod stuck pending", expect: ["pod-pending"] },
  { style: "phrase", query: "crashloopbackoff", expect: ["pod-crashloopbackoff"] },
  { style: "phrase", query: "imagepullbackoff private registry", expect: ["pod-imagepullbackoff"] },
  { style: "phrase", query: "namespace stuck terminating", expect: ["namespace-stuck-terminating"] },
  { style: "phrase", query: "pod stuck terminating", expect: ["pod-terminating", "force-delete-pod"] },
  { style: "phrase", query: "containercreating failedmount", expect: ["pod-containercreating"] },
  { style: "phrase", query: "etcd slow disk", expect: ["etcd-slow-disk-took-too-long"] },
  { style: "phrase", query: "delete evicted pods", expect: ["cleanup-evicted-pods"] },
  { style: "phrase", query: "kafka lost messages acks", expect: ["kafka-message-loss"] },
  { style: "phrase", query: "x509 clock skew kubeadm join", expect: ["kubeadm-join-x509-clock-skew"] },
  { style: "phrase", query: "ipvs idle timeout 900", expect: ["ipvs-long-connection-timeout"] },
  { style: "phrase", query: "hostport nodeport conflict", expect: ["hostport-shadows-nodeport"] },
  { style: "phrase", query: "x-forwarded-for ingress real ip", expect: ["ingress-client-real-ip"] },
  { style: "phrase", query: "somaxconn backlog accept queue", expect: ["tcp-syn-accept-queue-overflow"] },
  { style: "phrase", query: "nr_throttled cpu limit", expect: ["cfs-cpu-throttling"] },
  { style: "phrase", query: "configmap subpath", expect: ["configmap-subpath-not-updating"] },
  { style: "phrase", query: "topologySpreadConstraints", expect: ["pods-pile-on-one-node"] },
  { style: "phrase", query: "prestop oomkilled", expect: ["prestop-not-run-on-oom"] },
  { style: "phrase", query: "KubeAPIServerCertificateExpiration", expect: ["apiserver-loopback-certificate-expired"] },
  { style: "phrase", query: "NodeTCPListenOverflows", expect: ["tcp-syn-accept-queue-overflow"] },
  { style: "phrase", query: "docker build arg empty", expect: ["dockerfile-arg-empty-after-from"] },
  { style: "phrase", query: "io scheduler mysql deadline", expect: ["disk-io-scheduler-for-databases"] },
  { style: "phrase", query: "conntrack invalid upload", expect: ["container-nat-upload-conntrack-invalid"] },

  // --- paraphrases: what it looks like, in other words
  { style: "paraphrase", query: "pods with the istio sidecar can't connect to redis but pods without the sidecar can", expect: ["istio-headless-mtls-plain-tcp"] },
  { style: "paraphrase", query: "app's first outbound calls fail right after pod start in the mesh, later it works", expect: ["istio-sidecar-startup-order"] },
  { style: "paraphrase", query: "docker stop waits the full timeout then SIGKILLs my app", expect: ["pid1-signal-handling"] },
  { style: "paraphrase", query: "container exits immediately after starting, restart count going up, exit code 0", expect: ["back-off-restarting-failed-container"] },
  { style: "paraphrase", query: "p99 latency jumps when we set a cpu limit even though the node is mostly idle", expect: ["cfs-cpu-throttling"] },
  { style: "paraphrase", query: "edited the configmap but the file in the container still has old values", expect: ["configmap-subpath-not-updating"] },
  { style: "paraphrase", query: "cronjob has not created any job since we restored the cluster from backup", expect: ["cronjob-too-many-missed-schedules"] },
  { style: "paraphrase", query: "daemonset pods keep running on a node I cordoned", expect: ["daemonset-ignores-cordon"] },
  { style: "paraphrase", query: "two pods on the same node got an identical IP address", expect: ["duplicate-pod-ip-host-local-ipam"] },
  { style: "paraphrase", query: "all replicas ended up on one node and the service went down during maintenance", expect: ["eviction-service-unavailable", "pods-pile-on-one-node"] },
  { style: "paraphrase", query: "kubectl get pvc hangs until timeout but get pods and get nodes answer instantly", expect: ["resource-type-timeout-etcd-http2"] },
  { style: "paraphrase", query: "load average spikes at exactly :00 :05 :10 on the ops host", expect: ["cron-jobs-aligned-load-spikes"] },
  { style: "paraphrase", query: "new 4TB drive only shows 3.6T in df", expect: ["disk-raid-capacity-smaller"] },
  { style: "paraphrase", query: "service can't bind its port because kubelet has an outgoing connection using it as source port", expect: ["port-held-by-long-lived-connection"] },
  { style: "paraphrase", query: "python print output shows up in kubectl logs only when the process exits", expect: ["stdout-buffering-no-tty"] },
  { style: "paraphrase", query: "node rebooted by itself under heavy load, softdog", expect: ["watchdog-reboots"] },
  { style: "paraphrase", query: "alertmanager in two clusters sends every notification twice", expect: ["alertmanager-ha-across-clusters"] },
  { style: "paraphrase", query: "our available pods check never fires because the script looks at the other eks cluster", expect: ["pod-availability-monitor-wrong-cluster"] },
  { style: "paraphrase", query: "large file upload from inside a container times out but works from the host", expect: ["container-nat-upload-conntrack-invalid"] },
  { style: "paraphrase", query: "backend logs show the ingress controller address instead of the user's ip", expect: ["ingress-client-real-ip"] },
  { style: "paraphrase", query: "grpc connections through a clusterip reset after idling for 15 minutes", expect: ["ipvs-long-connection-timeout"] },
  { style: "paraphrase", query: "image proxy cache keeps missing, hit rate around 8 percent", expect: ["nginx-proxy-cache-low-hit-ratio"] },
  { style: "paraphrase", query: "only the apiserver's calls to itself fail with an expired cert after a year of uptime, cert files on disk are fine", expect: ["apiserver-loopback-certificate-expired"] },
  { style: "paraphrase", query: "when does the client certificate in my kubeconfig expire", expect: ["kubeconfig-certificate-expiry"] },
  { style: "paraphrase", query: "the program gets the literal text $HOME instead of the value of the variable", expect: ["exec-form-env-var-not-expanded"] },
  { style: "paraphrase", query: "need to publish one more port on a running docker container without recreating it", expect: ["docker-change-published-ports"] },
  { style: "paraphrase", query: "fork fails on the worker, out of pids, a service leaks threads", expect: ["pid-exhaustion-nr-kernel-stack"] },
  { style: "paraphrase", query: "kubectl get all says no resources but the namespace won't delete", expect: ["kubectl-get-all-missing-resources", "namespace-stuck-terminating"] },
  { style: "paraphrase", query: "spring cloud services disappear from eureka after moving them into istio", expect: ["istio-eureka-heartbeat-503"] },
  { style: "paraphrase", query: "how to verify an intermediate certificate chain with openssl", expect: ["tls-certificate-chain-verification"] },
  { style: "paraphrase", query: "consumers never saw some orders after a kafka broker restart", expect: ["kafka-message-loss"] },
  { style: "paraphrase", query: "replica set creation fails but most api calls still return 200", expect: ["apiserver-loopback-certificate-expired"] },

  // --- typos
  { style: "typo", query: "certficate expired apiserver", expect: ["apiserver-loopback-certificate-expired", "kubeconfig-certificate-expiry", "reference-cluster-certificates"] },
  { style: "typo", query: "crashloopbakoff", expect: ["pod-crashloopbackoff"] },
  { style: "typo", query: "namspace stuck terminating", expect: ["namespace-stuck-terminating"] },
  { style: "typo", query: "evcited pods cleanup", expect: ["cleanup-evicted-pods"] },
  { style: "typo", query: "kublet node not found", expect: ["kubelet-node-not-found"] },
  { style: "typo", query: "cpu throtling limit", expect: ["cfs-cpu-throttling"] },
  { style: "typo", query: "dockerfile arg emtpy", expect: ["dockerfile-arg-empty-after-from"] },
  { style: "typo", query: "imagepulbackoff", expect: ["pod-imagepullbackoff"] },
  { style: "typo", query: "promethues alertmanager duplicate notifications two clusters", expect: ["alertmanager-ha-across-clusters"] },

  // --- Chinese
  { style: "zh", query: "证书过期", expect: ["apiserver-loopback-certificate-expired", "kubeconfig-certificate-expiry", "kubeadm-join-x509-clock-skew"] },
  { style: "zh", query: "缓存命中率低", expect: ["nginx-proxy-cache-low-hit-ratio"] },
  { style: "zh", query: "定时任务 返回空", expect: ["cron-kubectl-empty-list"] },
  { style: "zh", query: "pod 一直调度不上 节点资源不够", expect: ["pod-pending"] },
  { style: "zh", query: "进程被内存不足杀掉了", expect: ["oom-killer"] },
  { style: "zh", query: "硬盘容量比标称的少", expect: ["disk-raid-capacity-smaller"] },
  { style: "zh", query: "获取不到客户端真实IP", expect: ["ingress-client-real-ip"] },
  { style: "zh", query: "两个pod的IP重复了", expect: ["duplicate-pod-ip-host-local-ipam"] },
  { style: "zh", query: "滚动更新卡住 挂载的pvc", expect: ["deployment-rwo-pvc-rolling-update"] },
  { style: "zh", query: "每隔五分钟负载飙高 定时任务", expect: ["cron-jobs-aligned-load-spikes"] },

  // --- Chinese and English mixed
  { style: "mixed", query: "kubectl port-forward 报错 socat", expect: ["kubectl-port-forward-needs-socat"] },
  { style: "mixed", query: "etcd 磁盘慢 took too long", expect: ["etcd-slow-disk-took-too-long"] },
  { style: "mixed", query: "nginx 缓存 hit ratio 很低", expect: ["nginx-proxy-cache-low-hit-ratio"] },
  { style: "mixed", query: "configmap 更新了 但是 pod 里的文件没变", expect: ["configmap-subpath-not-updating"] },
  { style: "mixed", query: "apiserver 证书过期 但证书文件都没过期", expect: ["apiserver-loopback-certificate-expired"] },
  { style: "mixed", query: "kubelet 一直报 node not found", expect: ["kubelet-node-not-found"] },
  { style: "mixed", query: "crontab 里 kubectl get pods 返回空列表", expect: ["cron-kubectl-empty-list"] },
  { style: "mixed", query: "istio sidecar 访问 redis 无头服务失败", expect: ["istio-headless-mtls-plain-tcp"] },
  { style: "mixed", query: "Dockerfile CMD 里的 $变量 没有替换", expect: ["exec-form-env-var-not-expanded"] },
  // An English error name with Chinese around it, as typed at 3 a.m. (the Chinese words are on-call vocabulary: lib/search/zh-en-glossary.ts)
  { style: "mixed", query: "cpu throttling 延迟高", expect: ["cfs-cpu-throttling"] },
  { style: "mixed", query: "pod Terminating 卡住", expect: ["pod-terminating", "force-delete-pod"] },
  { style: "mixed", query: "namespace Terminating 删不掉", expect: ["namespace-stuck-terminating"] },
  { style: "mixed", query: "TIME_WAIT 太多 端口不够", expect: ["ingress-nginx-high-concurrency"] },
  { style: "mixed", query: "cpu limit 接口变慢", expect: ["cfs-cpu-throttling"] },
  { style: "mixed", query: "OOMKilled 内存不够", expect: ["oom-killer", "prestop-not-run-on-oom"] },
  { style: "mixed", query: "CrashLoopBackOff 一直重启", expect: ["pod-crashloopbackoff", "back-off-restarting-failed-container"] },
  { style: "mixed", query: "ImagePullBackOff 拉不下来镜像", expect: ["pod-imagepullbackoff"] },
  { style: "mixed", query: "pod Pending 调度不上去", expect: ["pod-pending"] },
  { style: "mixed", query: "accept queue 溢出 丢连接", expect: ["tcp-syn-accept-queue-overflow"] },
  { style: "mixed", query: "conntrack INVALID 上传失败", expect: ["container-nat-upload-conntrack-invalid"] },
  { style: "mixed", query: "kubeadm join x509 时间不同步", expect: ["kubeadm-join-x509-clock-skew"] },
  { style: "mixed", query: "drain 节点 失败", expect: ["drain-refuses"] },
  { style: "mixed", query: "liveness probe 失败 重启", expect: ["pod-health-check-failing"] },
  { style: "mixed", query: "ingress 拿不到 客户端真实 ip", expect: ["ingress-client-real-ip"] },
  { style: "mixed", query: "pid 耗尽 fork 失败", expect: ["pid-exhaustion-nr-kernel-stack"] },
  { style: "mixed", query: "mysql 磁盘 io 高", expect: ["disk-io-scheduler-for-databases"] },
  { style: "mixed", query: "kafka 丢消息", expect: ["kafka-message-loss"] },
  { style: "mixed", query: "sysctl forbidden 启动失败", expect: ["pod-sysctl-forbidden"] },
  // An English error message, then a Chinese remark on what it does to the service (written before the English-part tier, rank-runbooks.ts).
  { style: "mixed", query: "Back-off restarting failed container 又挂了", expect: ["back-off-restarting-failed-container"] },
  { style: "mixed", query: "Specified key was too long 建索引失败", expect: ["mysql-index-key-too-long"] },
  { style: "mixed", query: "port-forward socat not found 用不了", expect: ["kubectl-port-forward-needs-socat"] },
  { style: "mixed", query: "Multi-Attach error 滚动更新卡住", expect: ["deployment-rwo-pvc-rolling-update"] },
  { style: "mixed", query: "kubeadm init swap 报错", expect: ["kubeadm-init-swap-preflight"] },
  { style: "mixed", query: "client-side throttling 部署很慢", expect: ["client-side-throttling"] },
  { style: "mixed", query: "too many missed start times 定时任务不跑了", expect: ["cronjob-too-many-missed-schedules"] },
  { style: "mixed", query: "address already in use 10252 起不来", expect: ["controller-manager-port-10252-in-use"] },
  { style: "mixed", query: "the object has been modified 更新冲突", expect: ["reconcile-update-conflict"] },
  { style: "mixed", query: "ftype=0 overlay2 起不来", expect: ["overlayfs-xfs-ftype"] },
];
