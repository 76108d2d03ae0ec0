/** A small context file shared by the sync tests. */
export const SYNC_CONTEXT = `workspace: Acme
buckets:
  - { id: new, name: New capabilities, targetShare: 0.5 }
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: m1
    title: Self-serve
    goals:
      - id: g1
        title: Activation 45%
        intents:
          - { id: i1, title: Guided setup, bucket: new }
          - { id: i2, title: Templates, bucket: new }
links:
  - { ticket: "linear:acme/ENG-7", intent: i1 }
  - { ticket: "github:github.com/acme/app#42", bucket: ktlo }
`;
