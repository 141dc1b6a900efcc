import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-sysctls.js';

/** A pod that sets one sysctl; its name value is on line 9, column 22. */
function podWith(sysctl: string): string {
  return dedent`
    apiVersion: v1
    kind: Pod
    metadata:
      name: tuned
    spec:
      containers:
        - name: app
      securityContext:
        sysctls: [{name: ${sysctl}, value: "1"}]
  `;
}

const finding = (sysctl: string, version: string) => ({
  messageId: 'sysctl',
  data: { workload: 'Pod "tuned"', sysctl, version },
  line: 9,
  column: 22,
});

testRule(rule, {
  valid: [
    {
      name: 'the v1.0 safe set',
      target: '1.19',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: tuned
        spec:
          containers:
            - name: app
          securityContext:
            sysctls:
              - {name: kernel.shm_rmid_forced, value: "1"}
              - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}
              - {name: net.ipv4.tcp_syncookies, value: "1"}
              - {name: net.ipv4.ping_group_range, value: "0 2147483647"}
              - {name: net.ipv4.ip_unprivileged_port_start, value: "80"}
      `,
    },
    { name: 'ip_local_reserved_ports is safe from v1.27', target: '1.27', code: podWith('net.ipv4.ip_local_reserved_ports') },
    { name: 'tcp_keepalive_time is safe from v1.29', target: '1.29', code: podWith('net.ipv4.tcp_keepalive_time') },
    { name: 'tcp_fin_timeout is safe from v1.29', target: '1.29', settings: { pssLevel: 'baseline' }, code: podWith('net.ipv4.tcp_fin_timeout') },
    { name: 'tcp_rmem is safe from v1.32', target: '1.32', code: podWith('net.ipv4.tcp_rmem') },
    { name: 'tcp_slow_start_after_idle is safe from v1.37', target: '1.37', code: podWith('net.ipv4.tcp_slow_start_after_idle') },
    { name: 'a pinned version newer than upstream evaluates as the newest', target: '1.30', settings: { pssVersion: '1.40' }, code: podWith('net.ipv4.tcp_notsent_lowat') },
    { name: '"latest" is the newest version', target: '1.30', settings: { pssVersion: 'latest' }, code: podWith('net.ipv4.tcp_notsent_lowat') },
  ],
  invalid: [
    { name: 'ip_local_reserved_ports before v1.27', target: '1.26', code: podWith('net.ipv4.ip_local_reserved_ports'), errors: [finding('net.ipv4.ip_local_reserved_ports', 'v1.26')] },
    { name: 'tcp_keepalive_time before v1.29', target: '1.28', code: podWith('net.ipv4.tcp_keepalive_time'), errors: [finding('net.ipv4.tcp_keepalive_time', 'v1.28')] },
    { name: 'tcp_rmem before v1.32', target: '1.31', code: podWith('net.ipv4.tcp_rmem'), errors: [finding('net.ipv4.tcp_rmem', 'v1.31')] },
    { name: 'tcp_slow_start_after_idle before v1.37', target: '1.36', code: podWith('net.ipv4.tcp_slow_start_after_idle'), errors: [finding('net.ipv4.tcp_slow_start_after_idle', 'v1.36')] },
    {
      name: 'a pinned policy version beats the target',
      target: '1.37',
      settings: { pssVersion: '1.26' },
      code: podWith('net.ipv4.ip_local_reserved_ports'),
      errors: [finding('net.ipv4.ip_local_reserved_ports', 'v1.26')],
    },
    {
      name: 'node-wide sysctls in a CronJob, baseline level',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: tune
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  securityContext:
                    sysctls:
                      - name: kernel.shm_rmid_forced
                        value: "0"
                      - name: vm.max_map_count
                        value: "262144"
                      - name: net.core.somaxconn
                        value: "1024"
                  containers:
                    - name: app
      `,
      errors: [
        { messageId: 'sysctl', data: { workload: 'CronJob "tune"', sysctl: 'vm.max_map_count', version: 'v1.37' }, line: 15, column: 23 },
        { messageId: 'sysctl', data: { workload: 'CronJob "tune"', sysctl: 'net.core.somaxconn', version: 'v1.37' }, line: 17, column: 23 },
      ],
    },
  ],
});
