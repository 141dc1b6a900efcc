/**
 * The rule API: everything a rule file imports from the engine. A rule is one `defineRule({ meta, visit,
 * finish })` default export. Visitors are stateless functions of (context, node); anything a rule needs
 * to remember across documents it `record`s as a plain-data fact and reads back in `finish`, so files can
 * be linted in any order or on other threads.
 */
import { type InputKind } from '../k8s/input-kinds.js';
import type { K8sVersion, VersionRange } from '../k8s/versions.js';
import type { Path, SpanPart } from '../load/positions.js';
import type { KindTypes, KnownKind } from '../model/kinds.js';
import { type Located, type Resource, type ResourceRef } from '../model/resource.js';
import type { ControlPlaneNode } from '../model/control-plane.js';
import type { ContainerNode, PodSpecNode } from '../model/workloads.js';
import type { Location, Severity } from './diagnostic.js';
import type { LabelSelector } from '../model/selector.js';
/**
 * Facts about the environment that several rules read (ESLint's `settings`), as opposed to one rule's
 * options. Rule packs add the keys they share here.
 */
export interface SharedSettings {
    /** Namespace assumed for objects without `metadata.namespace`; unset means "the same unknown namespace". */
    readonly defaultNamespace?: string;
    /** Pod Security Standards level the PSS rules enforce; default `restricted`. */
    readonly pssLevel?: 'baseline' | 'restricted';
    /** Pins the PSS policy version (`1.25`); by default it follows the target Kubernetes version. */
    readonly pssVersion?: string;
    /**
     * The run date as an ISO date (`2026-11-24`), for rules that compare dates (Kubernetes end of support).
     * The CLI sets today's date; library callers pass it so results stay reproducible. Unset: date-based
     * checks are skipped.
     */
    readonly now?: string;
    /**
     * Which workloads are in PCI scope (cardholder-data environment), as a Kubernetes label selector matched
     * against each workload's own labels and its pod template's labels (either may match). Read by
     * `sandboxed-runtime` and `dedicated-node-pool` (which need it), and by the rules that narrow to in-scope
     * workloads when it is set (`network-policy-open-peers`, `service-external-exposure`, `image-signature-policy`,
     * `ingress-tls`); unset means no workload is treated as in scope.
     */
    readonly inScope?: LabelSelector;
}
export type { Location, Severity } from './diagnostic.js';
export type { Path, SpanPart } from '../load/positions.js';
export interface RuleDocs {
    /** One line: what the rule checks. */
    readonly summary: string;
    /** Why it matters for PCI DSS. */
    readonly rationale: string;
    /** What to change in the manifest. */
    readonly fix: string;
    /** Related benchmark or upstream ids (CIS, PSS, Kubernetes docs URLs). */
    readonly references?: readonly string[];
}
export interface RuleOptionsMeta<Options> {
    /** JSON Schema of the options object, checked with ajv before the rule runs. */
    readonly schema: Readonly<Record<string, unknown>>;
    readonly defaults: Options;
}
export interface RuleMeta<MessageId extends string, Options> {
    /** Stable kebab-case id; equal to the rule's file name; never reused. */
    readonly id: string;
    /**
     * The sub-items of the PCI container guidance (`1.5`, `3.2`: exactly as listed in PCI_ITEMS, never a
     * whole section) the rule provides evidence for. The first one decides the docs folder. The coverage
     * report counts the rule's findings under exactly these.
     */
    readonly pci: readonly string[];
    /**
     * PCI DSS v4.0.1 requirement numbers (`8.2.1`, `10.2.1`) the rule's findings bear on, from
     * src/engine/pci-requirements.ts; the reason for each is in docs/pci-requirements.md.
     */
    readonly requirements: readonly string[];
    /**
     * The kinds of input the rule checks (any of them): with none of them in the input the rule cannot
     * assess anything, and the coverage report says "not assessed" and names what to supply.
     */
    readonly inputs: readonly InputKind[];
    /** Default severity; configuration may override it. */
    readonly severity: Severity;
    /** Target Kubernetes versions the rule applies to: `since` inclusive, `until` exclusive. */
    readonly k8s?: VersionRange;
    readonly docs: RuleDocs;
    /** Message templates by id; `{{name}}` placeholders are filled from the report's `data`. */
    readonly messages: Readonly<Record<MessageId, string>>;
    /**
     * What to do about a finding, by message id, kept apart from the message so that a terminal shows one
     * short line per finding and json, sarif, annotations and `--explain` carry the fix. Same placeholders.
     */
    readonly fixes?: Readonly<Partial<Record<MessageId, string>>>;
    readonly options?: RuleOptionsMeta<Options>;
    /**
     * For rules that check nothing until told what to enforce (an allowlist, an in-scope selector): what must
     * be configured, and whether it is. An unconfigured rule does not run and prints nothing; `--list-rules`,
     * `--explain` and the coverage report say it needs configuration.
     */
    readonly requires?: {
        readonly description: string;
        isConfigured(options: Options, settings: SharedSettings): boolean;
    };
    /** For Pod Security Standards rules: the PSS level and the pod-security-admission check id they implement. */
    readonly pss?: {
        readonly level: 'baseline' | 'restricted';
        readonly check: string;
    };
    /**
     * Rules whose findings this rule's findings replace when both report the same fact: a finding of a rule
     * listed here is dropped when every subject it is `about` is also the subject of a finding of this rule.
     * The finding kept carries the dropped ones' PCI sub-items, requirements and rule ids (see
     * docs/architecture.md, "One finding per fact").
     */
    readonly supersedes?: readonly string[];
    /**
     * Messages a controlled copy in exported cluster state gives where its controller gives another, because
     * the API server writes a default into the objects it makes (a Pod gets `serviceAccountName: default`
     * where its Deployment's template names none): copy's messageId → the controller's. Such a finding on the
     * copy, one field below where the controller's finding is, is the controller's fact and is dropped (see
     * docs/architecture.md, "Exported cluster state").
     */
    readonly defaultedInCopies?: Readonly<Partial<Record<NoInfer<MessageId>, NoInfer<MessageId>>>>;
    /**
     * True when every finding of the rule reports a value the object states (`privileged: true`, a hostPath
     * volume, a credential in an env value), never one it leaves out, and is reported by a visitor without
     * facts. Such a rule also checks the documents of kustomize patches, which state only what they change:
     * a finding there is a value the patch gives the object it patches (see docs/architecture.md,
     * "Kustomize patches"). Rules that report what is missing would report every field a patch leaves out.
     */
    readonly checksPatches?: boolean;
}
export type MessageData = Readonly<Record<string, string | number | boolean>>;
/** Where a report points: a path in the current document, a model node, or (in `finish`) a stored location. */
export type ReportTarget = Path | Located<unknown> | Location;
/**
 * What a finding is about, for one finding per fact: a model node of the current object (a container, the
 * object itself), a stored location (in `finish`), or a subject named by text that several rules agree
 * on, such as {@link objectSubject}.
 */
export type FactSubject = Located<unknown> | Location | string;
/** The text subject of an object by kind, namespace and name: rules that report about it from different objects agree on it. */
export declare function objectSubject(kind: string, namespace: string | undefined, name: string): string;
export interface Report<MessageId extends string> {
    readonly at: ReportTarget;
    readonly messageId: MessageId;
    readonly data?: MessageData;
    /** Which part of a `key: value` pair to cover; defaults to the whole pair. */
    readonly part?: SpanPart;
    /** Overrides the rule's default severity for this finding (a user's configured severity still wins). */
    readonly severity?: Severity;
    readonly fix?: string;
    /**
     * The subjects of the fact this finding reports (see `RuleMeta.supersedes`). Only findings that name
     * subjects take part in replacing one another.
     */
    readonly about?: readonly FactSubject[];
}
interface BaseContext<MessageId extends string, Options> {
    readonly ruleId: string;
    /** The Kubernetes version being checked against. */
    readonly target: K8sVersion;
    readonly options: Options;
    /** Settings shared by all rules (default namespace, and what rule packs add). */
    readonly settings: SharedSettings;
    report(report: Report<MessageId>): void;
}
/** What a visitor receives with each node. */
export interface VisitContext<MessageId extends string, Options, Fact> extends BaseContext<MessageId, Options> {
    readonly file: string;
    /** The object being visited (for derived nodes, the object that contains them). */
    readonly resource: Resource;
    /** Resolves a node or path to a location now, to report on it later from `finish`. */
    locate(at: Path | Located<unknown>, part?: SpanPart): Location;
    /** Keeps a plain-data fact for this rule's `finish` phase. */
    record(fact: Fact): void;
}
export type FinishContext<MessageId extends string, Options> = BaseContext<MessageId, Options>;
/** A small, serialisable summary of every object in the input, for cross-resource rules. */
export interface ResourceSummary extends ResourceRef {
    readonly labels: Readonly<Record<string, string>>;
    /** The object's `kind:` line. */
    readonly location: Location;
}
export interface ProjectIndex<Fact> {
    /** Every object in the input, in file order (built when first read: prefer `first` where it will do). */
    readonly resources: readonly ResourceSummary[];
    /** The first object in file order: where a finding about the input as a whole is reported. */
    readonly first: ResourceSummary | undefined;
    /** The facts this rule recorded, in file and document order. */
    readonly facts: readonly Fact[];
    /** The object of a kind with a namespace (undefined for cluster-scoped) and name, if in the input. */
    find(kind: string, namespace: string | undefined, name: string): ResourceSummary | undefined;
}
type Visitor<Node, Context> = (context: Context, node: Node) => void;
export type Visitors<Context> = {
    readonly [K in KnownKind]?: Visitor<Resource<KindTypes[K]>, Context>;
} & {
    /** Every Kubernetes object of any kind, custom resources included. */
    readonly Resource?: Visitor<Resource, Context>;
    /** The pod spec of a Pod or of any built-in controller's pod template. */
    readonly PodSpec?: Visitor<PodSpecNode, Context>;
    /** Every container, init container and ephemeral container of every pod spec. */
    readonly Container?: Visitor<ContainerNode, Context>;
    /** A control-plane component (kube-apiserver, kube-controller-manager, kube-scheduler, etcd) with its flags, from a static pod container or a kubeadm ClusterConfiguration. */
    readonly ControlPlaneComponent?: Visitor<ControlPlaneNode, Context>;
};
export type VisitorKey = keyof Visitors<unknown>;
export interface RuleDefinition<MessageId extends string, Options, Fact> {
    readonly meta: RuleMeta<MessageId, Options>;
    readonly visit: Visitors<VisitContext<MessageId, Options, Fact>>;
    finish?(context: FinishContext<MessageId, Options>, project: ProjectIndex<Fact>): void;
}
export type AnyRule = RuleDefinition<string, any, any>;
/**
 * Declares a rule. Message ids are inferred from `meta.messages` and options from
 * `meta.options.defaults`, so a wrong messageId is a type error. Rules with a `finish` phase name their
 * fact type with {@link defineRuleWithFacts}.
 */
export declare function defineRule<const MessageId extends string, Options = undefined>(rule: RuleDefinition<MessageId, Options, never>): RuleDefinition<MessageId, Options, never>;
/**
 * `defineRuleWithFacts<Fact>()({ meta, visit, finish })`: like {@link defineRule}, for rules that
 * `record` facts while visiting and read them back in `finish`; both sides are checked against `Fact`.
 */
export declare function defineRuleWithFacts<Fact>(): <const MessageId extends string, Options = undefined>(rule: RuleDefinition<MessageId, Options, Fact>) => RuleDefinition<MessageId, Options, Fact>;
/** Fills `{{name}}` placeholders; unknown names are left as written so a missing datum is visible. */
export declare function formatMessage(template: string, data: MessageData | undefined): string;
/** The placeholder names a message template uses. */
export declare function placeholdersOf(template: string): string[];
