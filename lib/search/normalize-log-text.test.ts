import { describe, expect, it } from "vitest";
import { normalizeLogText } from "./normalize-log-text";

describe("normalizeLogText", () => {
  it.each([
    ["klog header", "E0510 17:43:56.892945  790992 reflector.go:178] Failed to list", "Failed to list"],
    ["ISO time and IPv4 with port", "2026-11-22T10:15:03.123Z dial tcp 10.244.1.17:8080: connect: connection refused", "dial tcp : connect: connection refused"],
    ["Go log time", "2026/05/10 17:43:56 [alert] worker_connections are not enough", "[alert] worker_connections are not enough"],
    ["syslog time", "May 10 17:43:56 node kernel: Out of memory", "node kernel: Out of memory"],
    ["dmesg time", "[ 1234.567890] Killed process", "Killed process"],
    ["UUID", "pod uid 2f0c5a1e-6b1f-4c1e-9d1a-7a2b3c4d5e6f deleted", "pod uid deleted"],
    ["IPv6", "connect to [fe80::1%eth0]:8080 and 2001:db8::8a2e:370:7334 failed", "connect to and failed"],
    ["CIDR", "route 10.0.0.0/16 missing", "route missing"],
    ["digest", "image sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 pulled", "image pulled"],
    ["container id", "container 4f3e2d1c0b9a exited", "container exited"],
    ["ReplicaSet pod name", "pod web-74c6bc97cd-x7k2p failed", "pod web failed"],
    ["DaemonSet pod name", "kube-proxy-x7k2p restarted", "kube-proxy restarted"],
    ["pod name in kubelet's name_namespace form", "pod web-74c6bc97cd-x7k2p_default(uid)", "pod web_default(uid)"],
    ["resourceVersion", "clusterroles?resourceVersion=397554978: x509", "clusterroles?resourceVersion= x509"],
    ["event repeat counter", "Warning BackOff 2m (x17 over 6m) kubelet", "Warning BackOff kubelet"],
    ["durations and sizes", "took too long (1.234s) after 500ms, limit 512Mi, 3m20s", "took too long ( ) after , limit ,"],
    ["PIDs after their name", "Killed process 31337 (java)", "Killed process (java)"],
    ["counts and ratios", "0/5 nodes are available: 2 Insufficient cpu", "nodes are available: Insufficient cpu"],
    ["keeps status codes, exit codes and well-known ports", "HTTP 502, Exit Code: 137, port 10252 and 6443", "HTTP 502, Exit Code: 137, port 10252 and 6443"],
    ["keeps words with digits", "x509 k8s.io v1 ipv4", "x509 k8s.io v1 ipv4"],
    ["source positions", "factory.go:135: Failed", "factory.go: Failed"],
    ["Chinese with numbers", "缓存命中率只有7%，磁盘100%", "缓存命中率只有 ,磁盘"],
    ["full-width forms", "ＤＮＳ　解析失败", "DNS 解析失败"],
    ["NUL bytes", "a\u0000b", "a b"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeLogText(input)).toBe(expected);
  });

  it("makes the same line from two pods, nodes and minutes identical", () => {
    const a = "E0510 17:43:56.892945  790992 reflector.go:178] Failed to list *v1.Secret: Get https://10.13.96.11:6443/api/v1/secrets?resourceVersion=331916875: x509: certificate has expired or is not yet valid";
    const b = "E1122 03:01:02.000001  12 reflector.go:211] Failed to list *v1.Secret: Get https://192.168.0.7:6443/api/v1/secrets?resourceVersion=5: x509: certificate has expired or is not yet valid";
    expect(normalizeLogText(a)).toBe(normalizeLogText(b));
  });
});
