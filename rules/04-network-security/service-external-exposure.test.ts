import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './service-external-exposure.js';

const POD = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: api
    namespace: payments
    labels: { app: api, pci-scope: cde }
  spec:
    containers:
      - name: app
`;

const service = (name: string, spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: payments\nspec:\n${spec}`;
const SCOPE = { inScope: { matchLabels: { 'pci-scope': 'cde' } } };

testRule(rule, {
  valid: [
    { name: 'ClusterIP', code: service('api', '  selector: { app: api }\n  ports: [{ port: 80 }]\n') },
    { name: 'with inScope, a NodePort Service of out-of-scope pods', code: `${POD}\n---\n${service('other', '  type: NodePort\n  selector: { app: other }\n')}`, settings: SCOPE },
  ],
  invalid: [
    {
      name: 'NodePort of in-scope pods',
      code: `${POD}\n---\n${service('api', '  type: NodePort\n  selector: { app: api }\n')}`,
      settings: SCOPE,
      errors: [{ messageId: 'nodePort', data: { service: 'api', pods: 'in-scope pods' }, line: 17, column: 9, endColumn: 17, severity: 'warning' }],
    },
    {
      name: 'externalIPs on 1.21: the admission plugin is the mitigation',
      code: service('api', '  selector: { app: api }\n  externalIPs: [203.0.113.10]\n'),
      target: '1.21',
      errors: [{ messageId: 'externalIps', data: { service: 'api', pods: 'its pods', mitigation: 'enable the DenyServiceExternalIPs admission plugin' }, line: 8, column: 3, endColumn: 14 }],
    },
    {
      name: 'externalIPs on 1.20: no admission plugin yet',
      code: service('api', '  selector: { app: api }\n  externalIPs: [203.0.113.10]\n'),
      target: '1.20',
      errors: [
        {
          messageId: 'externalIps',
          data: { service: 'api', pods: 'its pods', mitigation: 'restrict externalIPs with a policy webhook (the DenyServiceExternalIPs admission plugin arrives in 1.21)' },
          line: 8,
          column: 3,
        },
      ],
    },
  ],
});
