// The bench's generated corpus (scripts/bench.mjs): deterministic text in the shapes real manifests take —
// Helm-rendered streams of workloads, single-document RBAC files, control-plane static pods, one big CRD —
// and the shapes that once sent whole files to the slow parser: block scalars holding `*`, `!`, `&` and
// `#`, block scalars as sequence entries (`- |`), `#` after a quote, `{{ }}` inside strings (Prometheus
// rules, Grafana dashboards), anchors and aliases, long flow sequences over several lines, multi-line
// plain descriptions, pretty-printed JSON.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Bump when the generator changes, so a corpus left by an older script is not reused.
const CORPUS_VERSION = 3;

/** A long flow sequence of flags, over several lines for some workloads. */
function flags(i) {
  const list = ['"--port=8080"', '"--log-level=info"'];
  if (i % 4 === 1) for (let f = 0; f < 40; f++) list.push(`"--feature-${f}=${f % 2 === 0}"`);
  return i % 8 === 1 ? list.join(',\n            ') : list.join(', ');
}

function deployment(i) {
  const image = i % 3 === 0 ? `registry.example.com/app${i}:1.${i}` : `registry.example.com/app${i}@sha256:${String(i).padStart(64, '0')}`;
  const kind = ['Deployment', 'Deployment', 'StatefulSet', 'DaemonSet'][i % 4];
  return `# Source: shop/templates/app${i}.yaml
apiVersion: apps/v1
kind: ${kind}
metadata:
  name: app${i}
  namespace: ns${i % 7}
  labels: {app: app${i}, tier: backend, pci-scope: "${i % 2 === 0 ? 'cde' : 'none'}"}
  annotations:
    checksum/config: "${String(i * 7919).padStart(12, '0')}"
spec:
  replicas: 2
  selector:
    matchLabels: {app: app${i}}
  template:
    metadata:
      labels: {app: app${i}}
    spec:
      serviceAccountName: sa${i - (i % 5)}
      automountServiceAccountToken: ${i % 4 === 0}
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: ${i % 5 === 1 ? '&containerName ' : ''}main
          image: ${image}${i % 6 === 2 ? '\n          command:\n            - /bin/sh\n            - -c\n            - |\n              exec /app --port 8080 # as written: "$@"\n            - >-\n              --config=/etc/app/app.yaml' : ''}
          args: [${flags(i)}]
          env:
            - name: DB_HOST
              value: db.ns${i % 7}.svc${i % 5 === 1 ? '\n            - name: CONTAINER_NAME\n              value: *containerName' : ''}
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db${i % 13}, key: password}}
          ports:
            - containerPort: 8080
          securityContext:
            privileged: ${i % 11 === 0}
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
          resources:
            limits: {cpu: 500m, memory: 256Mi}
            requests: {cpu: 100m, memory: 128Mi}
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
        - name: sidecar
          image: registry.example.com/proxy@sha256:${'a'.repeat(64)}
          securityContext: {allowPrivilegeEscalation: false, runAsUser: 1337}
`;
}

const serviceAccount = (i) => `# Source: shop/templates/sa${i}.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa${i}
  namespace: ns${i % 7}
automountServiceAccountToken: false
`;

const service = (i) => `# Source: shop/templates/svc${i}.yaml
apiVersion: v1
kind: Service
metadata:
  name: app${i}
  namespace: ns${i % 7}
spec:
  type: ${i % 9 === 0 ? 'NodePort' : 'ClusterIP'}
  selector: {app: app${i}}
  ports:
    - {port: 80, targetPort: 8080, protocol: TCP}
`;

const rbac = (i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${i % 2 ? 'ClusterRole' : 'Role'}
metadata:
  name: role${i}
${i % 2 ? '' : `  namespace: ns${i % 7}\n`}rules:
  - apiGroups: [""]
    resources: [${i % 6 === 0 ? '"secrets", ' : ''}"configmaps", "pods"]
    verbs: [get, list, watch${i % 10 === 0 ? ', "*"' : ''}]
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${i % 2 ? 'ClusterRoleBinding' : 'RoleBinding'}
metadata:
  name: bind${i}
${i % 2 ? '' : `  namespace: ns${i % 7}\n`}roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ${i % 2 ? 'ClusterRole' : 'Role'}, name: role${i}}
subjects:
  - kind: ServiceAccount
    name: sa${i - (i % 5)}
    namespace: ns${i % 7}
  - kind: ${i % 8 === 0 ? 'Group' : 'User'}
    name: ${i % 8 === 0 ? 'system:authenticated' : `dev${i}@example.com`}
`;

const staticPod = (i) => `apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver-node${i}
  namespace: kube-system
  labels: {component: kube-apiserver, tier: control-plane}
spec:
  hostNetwork: true
  priorityClassName: system-node-critical
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.31.2
      command:
        - kube-apiserver
        - --advertise-address=10.0.0.${i % 250}
        - --allow-privileged=true
        - --authorization-mode=Node,RBAC
        - --client-ca-file=/etc/kubernetes/pki/ca.crt
        - --enable-admission-plugins=NodeRestriction
        - --etcd-servers=https://127.0.0.1:2379
        - --secure-port=6443
        - --tls-cert-file=/etc/kubernetes/pki/apiserver.crt
        - --tls-private-key-file=/etc/kubernetes/pki/apiserver.key
        ${i % 2 ? '- --anonymous-auth=true' : '- --profiling=false'}
      volumeMounts:
        - {name: k8s-certs, mountPath: /etc/kubernetes/pki, readOnly: true}
  volumes:
    - name: k8s-certs
      hostPath: {path: /etc/kubernetes/pki, type: DirectoryOrCreate}
`;

/** One CustomResourceDefinition with a deep, wide schema: a single big document. */
function bigCrd(fields) {
  const props = [];
  for (let f = 0; f < fields; f++) {
    props.push(`                field${f}:
                  type: object
                  description: Field number ${f} of the generated schema. It is *required* when the widget
                    is enabled & must not be empty! See "#docs" or 'the #manual' for the details
                    of {{ .Values.widget }} templating.
                  properties:
                    name: {type: string, maxLength: 253}
                    replicas: {type: integer, minimum: 0}
                    labels:
                      type: object
                      additionalProperties: {type: string}
                    items:
                      type: array
                      items: {type: string, enum: [a, b, c]}`);
  }
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.bench.example.com
spec:
  group: bench.example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
${props.join('\n')}
`;
}


/** A PrometheusRule as kube-prometheus renders them: PromQL in block scalars, Go templates in strings. */
const prometheusRule = (i) => `# Source: monitoring/templates/rules-${i}.yaml
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: app${i}-rules
  namespace: monitoring
  labels: {app.kubernetes.io/name: kube-prometheus, release: "r${i % 3}"}
spec:
  groups:
    - name: app${i}.rules
      rules:
        - alert: HighErrorRate${i}
          expr: |
            sum(rate(http_requests_total{job="app${i}",code=~"5.."}[5m])) * 100
              / sum(rate(http_requests_total{job!="", job="app${i}"}[5m])) > 5 & on() vector(1)
          for: 10m
          labels: {severity: warning}
          annotations:
            summary: "Errors on {{ $labels.namespace }}/{{ $labels.pod }} #${i}"
            description: >-
              More than 5 % of the requests to app${i} fail; see the runbook &
              check *all* replicas !
            runbook_url: "https://runbooks.example.com/#app${i}"
`;

/** A Grafana dashboard in a ConfigMap: pretty-printed JSON with templates, inside a block scalar. */
function dashboard(i) {
  const panels = [];
  for (let p = 0; p < 12; p++) {
    panels.push(`        {
          "id": ${p},
          "title": "Requests #${p} of {{ $labels.job }}",
          "type": "timeseries",
          "targets": [{"expr": "sum(rate(http_requests_total{job=~\\"$job\\"}[5m])) * 100", "legendFormat": "{{pod}}"}],
          "options": {"legend": {"displayMode": "table"}, "tooltip": {"mode": "multi"}}
        }`);
  }
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: dashboard-${i}
  namespace: monitoring
  labels: {grafana_dashboard: "1"}
data:
  app-${i}.json: |-
    {
      "title": "App ${i} & friends",
      "tags": ["*", "!important"],
      "panels": [
${panels.join(',\n')}
      ]
    }
`;
}

/** `kubectl get -o json` output: a List of pods, pretty-printed (multi-line flow collections). */
function podList(first, count) {
  const items = [];
  for (let i = first; i < first + count; i++) items.push(pod(i));
  return `${JSON.stringify({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items }, null, 2)}\n`;
}

/** One pod as the API server returns it, with a privileged container every third pod. */
export function pod(i, { privileged = i % 3 === 0 } = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `web-${i}`, namespace: `ns${i % 7}`, labels: { app: 'web', 'pod-template-hash': `h${i % 97}` }, uid: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}` },
    spec: {
      serviceAccountName: 'default',
      containers: [
        {
          name: 'web',
          image: `registry.example.com/web:1.${i % 10}`,
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
          securityContext: { privileged, allowPrivilegeEscalation: privileged, runAsNonRoot: !privileged },
          resources: { limits: { cpu: '500m', memory: '256Mi' } },
        },
      ],
    },
    status: { phase: 'Running', podIP: `10.0.${(i >> 8) & 255}.${i & 255}` },
  };
}

/** Writes the corpus for `docs` documents under `work` (once) and returns its directory and files. */
export function writeCorpus(work, docs) {
  const dir = path.join(work, `corpus-v${CORPUS_VERSION}-${docs}`);
  const done = path.join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    for (const sub of ['helm', 'rbac', 'control-plane', 'crds', 'monitoring', 'json']) mkdirSync(path.join(dir, sub), { recursive: true });
    let stream = [];
    let streams = 0;
    const flush = () => {
      if (stream.length === 0) return;
      writeFileSync(path.join(dir, 'helm', `release-${String(streams++).padStart(5, '0')}.yaml`), stream.join('---\n'));
      stream = [];
    };
    for (let i = 0; i < docs; i++) {
      const slot = i % 20;
      if (slot === 19) writeFileSync(path.join(dir, 'rbac', `rbac-${String(i).padStart(6, '0')}.yaml`), rbac(i));
      else if (i % 500 === 250) writeFileSync(path.join(dir, 'control-plane', `kube-apiserver-${i}.yaml`), staticPod(i));
      else if (i % 200 === 100) writeFileSync(path.join(dir, 'monitoring', `dashboard-${i}.yaml`), dashboard(i));
      else if (i % 1000 === 500) writeFileSync(path.join(dir, 'json', `pods-${i}.json`), podList(i, 20));
      else {
        stream.push(slot % 5 === 0 ? serviceAccount(i) : slot % 7 === 3 ? service(i) : slot === 13 ? prometheusRule(i) : deployment(i));
        if (stream.length === 20) flush();
      }
    }
    flush();
    writeFileSync(path.join(dir, 'crds', 'widgets.yaml'), bigCrd(Math.max(20, Math.round(docs / 10))));
    writeFileSync(done, '');
  }
  const files = [];
  for (const sub of readdirSync(dir).sort()) {
    const subdir = path.join(dir, sub);
    if (!statSync(subdir).isDirectory()) continue;
    for (const name of readdirSync(subdir).sort()) files.push({ file: `${sub}/${name}`, text: readFileSync(path.join(subdir, name), 'utf8') });
  }
  return { dir, files };
}


// ---------------------------------------------------------------- shapes (issue 21 (b), (c))

/** A pod with twelve findings of its own: privileged, host namespaces, no limits, no digest, … */
export const privilegedPod = (i) => `apiVersion: v1
kind: Pod
metadata:
  name: priv-${i}
  namespace: default
spec:
  hostNetwork: true
  hostPID: true
  containers:
    - name: app
      image: nginx
      securityContext:
        privileged: true
`;

const container = (i) => `    - name: c${i}
      image: registry.example.com/c${i % 50}:1.0
      securityContext: {allowPrivilegeEscalation: false, privileged: ${i % 10 === 0}}
`;

const podWith = (name, containers) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: default
spec:
  containers:
${containers.join('')}`;

const configMapWith = (name, first, count) => {
  let data = '';
  for (let k = first; k < first + count; k++) data += `  k${k}: v${k % 1000}\n`;
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: default\ndata:\n${data}`;
};

/** `kubectl get -o json` of `count` pods as one List (a slim pod: about 300 bytes of JSON each). */
function slimPodList(count) {
  const items = [];
  for (let i = 0; i < count; i++) {
    items.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `web-${i}`, namespace: `ns${i % 7}`, labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: `registry.example.com/web:1.${i % 10}`, securityContext: { privileged: i % 3 === 0, runAsNonRoot: true } }] },
    });
  }
  return { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items };
}

/** YAML flow style on one line: a List of the same pods, plain scalars, no JSON quoting. */
function flowYaml(value) {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${flowYaml(v)}`).join(', ')}}`;
  return typeof value === 'string' && /^[a-z][\w./-]*$/i.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : JSON.stringify(value);
}

function writeOnce(dir, files) {
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files()) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  writeFileSync(done, '');
  return dir;
}

/**
 * The input shapes that must stay linear (issue 21 (b)), each with the same data in an ordinary layout:
 * one-line JSON against pretty-printed JSON, one huge pod or ConfigMap or stream against many small ones.
 * `scale` 1 gives the sizes of the issue; the smoke run uses a fiftieth.
 */
export function writeShapes(work, scale = 1) {
  const n = (count) => Math.max(10, Math.round(count * scale));
  const base = path.join(work, `shapes-v${CORPUS_VERSION}-${scale}`);
  const pods = n(50000);
  const list = slimPodList(pods);
  // About 15 MB on one line.
  const flowPods = n(70000);
  const flowList = slimPodList(flowPods);
  const containers = n(100000);
  const keys = n(1000000);
  const documents = n(40000);
  const shapes = [
    {
      name: `one-line JSON List of ${pods} pods`,
      shape: writeOnce(path.join(base, 'json-line'), () => [['pods.json', `${JSON.stringify(list)}\n`]]),
      normal: writeOnce(path.join(base, 'json-pretty'), () => [['pods.json', `${JSON.stringify(list, null, 2)}\n`]]),
    },
    {
      name: `one-line YAML flow List of ${flowPods} pods`,
      shape: writeOnce(path.join(base, 'flow-line'), () => [['pods.yaml', `${flowYaml(flowList)}\n`]]),
      normal: writeOnce(path.join(base, 'flow-block'), () => [['pods.yaml', flowList.items.map((p) => `${flowYaml(p)}\n`).join('---\n')]]),
    },
    {
      name: `${containers} containers in one pod`,
      shape: writeOnce(path.join(base, 'containers-one'), () => {
        const all = [];
        for (let i = 0; i < containers; i++) all.push(container(i));
        return [['pod.yaml', podWith('big', all)]];
      }),
      normal: writeOnce(path.join(base, 'containers-many'), () => {
        const docs = [];
        for (let p = 0; p < containers / 10; p++) {
          const some = [];
          for (let i = p * 10; i < p * 10 + 10; i++) some.push(container(i));
          docs.push(podWith(`p${p}`, some));
        }
        return [['pods.yaml', docs.join('---\n')]];
      }),
    },
    {
      name: `${keys} keys in one ConfigMap`,
      shape: writeOnce(path.join(base, 'keys-one'), () => [['cm.yaml', configMapWith('big', 0, keys)]]),
      normal: writeOnce(path.join(base, 'keys-many'), () => {
        const docs = [];
        for (let c = 0; c < keys / 1000; c++) docs.push(configMapWith(`cm${c}`, c * 1000, 1000));
        return [['cms.yaml', docs.join('---\n')]];
      }),
    },
    {
      name: `${documents} privileged pods (12 findings each) in one file`,
      shape: writeOnce(path.join(base, 'docs-one'), () => {
        const docs = [];
        for (let i = 0; i < documents; i++) docs.push(privilegedPod(i));
        return [['pods.yaml', docs.join('---\n')]];
      }),
      normal: writeOnce(path.join(base, 'docs-many'), () => {
        const files = [];
        for (let f = 0; f < documents / 20; f++) {
          const docs = [];
          for (let i = f * 20; i < f * 20 + 20; i++) docs.push(privilegedPod(i));
          files.push([`pods-${String(f).padStart(5, '0')}.yaml`, docs.join('---\n')]);
        }
        return files;
      }),
    },
  ];
  return shapes;
}

/** `count` privileged pods in one file (12 findings each): the finding-dense input of issue 21 (c). */
export function writeDense(work, count) {
  return writeOnce(path.join(work, `dense-v${CORPUS_VERSION}-${count}`), () => {
    const docs = [];
    for (let i = 0; i < count; i++) docs.push(privilegedPod(i));
    return [['pods.yaml', docs.join('---\n')]];
  });
}
