import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pss-host-probes.js';

const probesElsewhere = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        livenessProbe:
          httpGet: {host: 169.254.169.254, path: /latest/meta-data, port: 80}
`;

testRule(rule, {
  valid: [
    {
      name: 'probes and hooks without host, or with an empty host',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              readinessProbe:
                httpGet: {path: /ready, port: 8080}
              startupProbe:
                tcpSocket: {port: 8080, host: ""}
              lifecycle:
                preStop:
                  exec: {command: [sleep, "5"]}
      `,
    },
    { name: 'policy v1.33: the check does not exist yet', target: '1.33', code: probesElsewhere },
  ],
  invalid: [
    {
      name: 'policy v1.34: a probe host',
      target: '1.34',
      code: probesElsewhere,
      errors: [
        { messageId: 'host', data: { container: 'app', field: 'livenessProbe.httpGet.host', host: '169.254.169.254' }, line: 9, column: 25, endLine: 9, endColumn: 40 },
      ],
    },
    {
      name: 'baseline level: every probe and hook kind, init container included',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
            - name: init
              startupProbe:
                tcpSocket: {host: db.internal, port: 5432}
          containers:
            - name: app
              readinessProbe:
                tcpSocket:
                  port: 8080
                  host: 10.0.0.1
              lifecycle:
                postStart:
                  httpGet: {host: example.com, port: 80}
                preStop:
                  tcpSocket: {host: example.org, port: 80}
      `,
      errors: [
        { messageId: 'host', data: { container: 'init', field: 'startupProbe.tcpSocket.host', host: 'db.internal' }, line: 9, column: 27 },
        { messageId: 'host', data: { container: 'app', field: 'readinessProbe.tcpSocket.host', host: '10.0.0.1' }, line: 15, column: 17 },
        { messageId: 'host', data: { container: 'app', field: 'lifecycle.postStart.httpGet.host', host: 'example.com' }, line: 18, column: 27 },
        { messageId: 'host', data: { container: 'app', field: 'lifecycle.preStop.tcpSocket.host', host: 'example.org' }, line: 20, column: 29 },
      ],
    },
  ],
});
