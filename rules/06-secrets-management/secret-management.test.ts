import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './secret-management.js';

testRule(rule, {
  valid: [
    {
      name: 'Secrets that hold no credential: a CA bundle, a username and a URL, placeholders, a path',
      code: dedent`
        apiVersion: v1
        kind: Secret
        metadata:
          name: upstream-ca
        data:
          ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: repo
        stringData:
          username: deploy
          url: https://git.example.com/shop.git
          password: "<set by the pipeline>"
          sshPrivateKeyPath: /etc/ssh/deploy_key
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: member-cluster-credentials
          namespace: fleet
        stringData:
          token: dummy
          caBundle: dummy
      `,
    },
    {
      name: 'Secrets without values (filled in by a controller) and synced Secrets',
      code: dedent`
        apiVersion: v1
        kind: Secret
        metadata:
          name: dashboard-csrf
        type: Opaque
        data:
          csrf: ""
        ---
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: db
        spec:
          secretStoreRef: {name: vault, kind: ClusterSecretStore}
          target: {name: db}
      `,
    },
    {
      name: 'a SealedSecret is encrypted for the cluster',
      code: dedent`
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: api
        spec:
          encryptedData:
            token: AgBy8hCi
      `,
    },
    {
      name: 'Secrets that carry configuration files without credentials: an ini of display settings, a data source by in-cluster URL, an alert routing tree',
      code: dedent`
        apiVersion: v1
        kind: Secret
        metadata:
          name: dashboards-config
        stringData:
          dashboards.ini: |
            [date_formats]
            default_timezone = UTC
          datasources.yaml: |-
            {
                "datasources": [
                    {"name": "metrics", "type": "prometheus", "url": "http://metrics.monitoring.svc:9090"}
                ]
            }
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: alert-router
        data:
          alerts.yaml: cm91dGU6CiAgcmVjZWl2ZXI6IGRlZmF1bHQKcmVjZWl2ZXJzOgogIC0gbmFtZTogZGVmYXVsdAo=
      `,
    },
  ],
  invalid: [
    {
      name: 'configuration files that do hold a credential: a password setting, a webhook URL with its token',
      code: dedent`
        apiVersion: v1
        kind: Secret
        metadata:
          name: dashboards-config
        stringData:
          dashboards.ini: |
            [security]
            admin_password = s3cr3t-Adm1n
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: alert-router
        stringData:
          alerts.yaml: |
            receivers:
              - name: chat
                webhook_configs:
                  - url: https://chat.example.com/hooks/T0A1B2C3D4/Zx9Yw8Vu7Ts6Rq5Po4Nm
      `,
      errors: [
        { messageId: 'inline', data: { secret: 'dashboards-config', field: 'stringData' }, line: 5, column: 1, endLine: 5, endColumn: 11, severity: 'info' },
        { messageId: 'inline', data: { secret: 'alert-router', field: 'stringData' }, line: 14, column: 1, endLine: 14, endColumn: 11, severity: 'info' },
      ],
    },
    {
      name: 'inline data and stringData without any secrets manager',
      code: dedent`
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: payments
        type: Opaque
        data:
          password: aHVudGVyMg==
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: api
        stringData:
          token: not-really
      `,
      errors: [
        { messageId: 'inline', data: { secret: 'db', field: 'data' }, line: 7, column: 1, endLine: 7, endColumn: 5, severity: 'info' },
        { messageId: 'inline', data: { secret: 'api', field: 'stringData' }, line: 14, column: 1, endLine: 14, endColumn: 11, severity: 'info' },
      ],
    },
    {
      name: 'inline Secret beside a SecretProviderClass and an ExternalSecret',
      code: dedent`
        apiVersion: secrets-store.csi.x-k8s.io/v1
        kind: SecretProviderClass
        metadata:
          name: vault-db
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: leftover
        data:
          key: c2VjcmV0
        ---
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: db
      `,
      errors: [{ messageId: 'inlineBesideManager', data: { secret: 'leftover', field: 'data', managers: 'ExternalSecret, SecretProviderClass' }, line: 10, column: 1 }],
    },
  ],
});
