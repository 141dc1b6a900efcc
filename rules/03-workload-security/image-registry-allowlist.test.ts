import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './image-registry-allowlist.js';

const pod = (image: string) => dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        image: ${image}
`;

const options = { registries: ['registry.example.com', 'docker.io/library', 'ghcr.io/acme'] };
const ALLOWED = 'registry.example.com, docker.io/library, ghcr.io/acme';

testRule(rule, {
  valid: [
    { name: 'approved registry', code: pod('registry.example.com/payments/api:1.0'), options },
    { name: 'a ko:// build reference names source code: its registry is not known yet', code: pod('ko://github.com/acme/tool/cmd/tool'), options },
    { name: 'registry host names are case-insensitive', code: pod('Registry.Example.com/payments/api:1.0'), options },
    { name: 'Docker Hub official image as short name is docker.io/library', code: pod('nginx:1.25'), options },
    { name: 'Docker Hub alias index.docker.io', code: pod('index.docker.io/library/nginx:1.25'), options },
    { name: 'repository prefix, deeper path', code: pod('ghcr.io/acme/tools/scanner:2'), options },
    { name: 'repository prefix, exact', code: pod('ghcr.io/acme@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'), options },
    { name: 'wildcard registry host', code: pod('123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments/api:1.0'), options: { registries: ['*.dkr.ecr.eu-west-1.amazonaws.com'] } },
    {
      name: 'not configured and no containers: no notice',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
      `,
    },
    {
      name: 'container without image',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
      `,
      options,
    },
  ],
  invalid: [
    {
      name: 'prefix matches whole path components only',
      code: pod('ghcr.io/acme-evil/tool:1'),
      options,
      errors: [
        {
          messageId: 'notAllowed',
          data: { container: 'app', image: 'ghcr.io/acme-evil/tool:1', source: 'registry "ghcr.io"', allowed: ALLOWED },
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'Docker Hub user image is not under docker.io/library',
      code: pod('bitnami/redis:7'),
      options,
      errors: [
        {
          messageId: 'notAllowed',
          data: { container: 'app', image: 'bitnami/redis:7', source: 'registry "docker.io" (Docker Hub: no registry host in the name)', allowed: ALLOWED },
          line: 8,
          column: 14,
        },
      ],
    },
    {
      name: 'a port makes a different registry',
      code: pod('registry.example.com:5000/app:1'),
      options: { registries: ['registry.example.com'] },
      errors: [
        {
          messageId: 'notAllowed',
          data: { container: 'app', image: 'registry.example.com:5000/app:1', source: 'registry "registry.example.com:5000"', allowed: 'registry.example.com' },
          line: 8,
          column: 14,
        },
      ],
    },
    {
      name: 'a wildcard covers the host only, not another region',
      code: pod('123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1'),
      options: { registries: ['*.dkr.ecr.eu-west-1.amazonaws.com'] },
      errors: [
        {
          messageId: 'notAllowed',
          data: {
            container: 'app',
            image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1',
            source: 'registry "123456789012.dkr.ecr.us-east-1.amazonaws.com"',
            allowed: '*.dkr.ecr.eu-west-1.amazonaws.com',
          },
          line: 8,
          column: 14,
        },
      ],
    },
    {
      name: 'docker.io spelled out is not flagged as a short name',
      code: pod('docker.io/bitnami/redis:7'),
      options,
      errors: [
        {
          messageId: 'notAllowed',
          data: { container: 'app', image: 'docker.io/bitnami/redis:7', source: 'registry "docker.io"', allowed: ALLOWED },
          line: 8,
          column: 14,
        },
      ],
    },
  ],
});
