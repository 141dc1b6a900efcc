import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject, own } from '../../src/model/resource.js';
import { windowsMarkerOf } from '../../src/model/windows.js';

export default defineRule({
  meta: {
    id: 'read-only-root-filesystem',
    pci: ['12.2'],
    requirements: ['11.5.2'],
    inputs: ['workload'],
    severity: 'warning',
    docs: {
      summary: 'Containers should run with a read-only root filesystem.',
      rationale:
        'A writable root filesystem lets a compromised process replace binaries, drop tools and change configuration inside the running container, and nothing outside notices: the image stays as it was built, but what runs is no longer that image. ' +
        'With `securityContext.readOnlyRootFilesystem: true` the container is its image, byte for byte, and only the volumes it mounts can change; that makes the image digest the baseline that PCI DSS 11.5.2 (change detection on critical files) compares against, and it belongs to the hardened images of guidance 12.2. ' +
        'Init, regular and ephemeral containers are checked: an ephemeral debug container written in the pod (as a pod read back from a cluster shows it) runs beside the others and can change its own files just the same. Windows pods are skipped: the field cannot be set when `spec.os.name` is windows. ' +
        'A warning, because some images need writable paths; give them an `emptyDir` for those paths rather than a writable root.',
      fix: 'Set `securityContext.readOnlyRootFilesystem: true` on each container and mount an `emptyDir` (or another volume) on each path the application must write, such as /tmp or a cache directory.',
      references: [
        'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1',
        'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      ],
    },
    messages: {
      writable:
        'Container "{{container}}" sets readOnlyRootFilesystem: false, so a compromised process can change the container\'s files and no longer runs the image that was built and reviewed.',
      unset:
        'Container "{{container}}" does not set securityContext.readOnlyRootFilesystem: true, so its root filesystem is writable and a compromised process can change the container\'s files unnoticed.',
    },
    fixes: {
      writable: 'Set it to true and mount an emptyDir on the paths the application writes.',
      unset: 'Set it to true and mount an emptyDir on the paths the application writes.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (windowsMarkerOf(container.podSpec)) return;
      const context: unknown = container.value.securityContext;
      const value = isPlainObject(context) ? own(context, 'readOnlyRootFilesystem') : undefined;
      if (value === true) return;
      const data = { container: container.name };
      if (value === false) ctx.report({ at: container.pathTo('securityContext', 'readOnlyRootFilesystem'), part: 'value', messageId: 'writable', data });
      else ctx.report({ at: isPlainObject(context) ? container.pathTo('securityContext') : container.path, part: 'key', messageId: 'unset', data });
    },
  },
});
