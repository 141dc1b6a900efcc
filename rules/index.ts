/**
 * Every built-in rule, sorted by id. This list is the registry: the CLI, the docs, SARIF rule descriptors
 * and the coverage report all read it. A test keeps it sorted and in step with the files under rules/.
 */
import type { AnyRule } from '../src/engine/rule.js';
import automountServiceAccountToken from './01-authentication/automount-service-account-token.js';
import imageDigest from './03-workload-security/image-digest.js';
import privilegedContainer from './03-workload-security/privileged-container.js';

export const builtinRules: readonly AnyRule[] = [automountServiceAccountToken, imageDigest, privilegedContainer];
