export { renderComparison } from './render-comparison.js';
export { RenderFormat, RenderOptions } from './options.js';
export { buildViewModel } from './view-model.js';
export type {
  Badge,
  ChangeView,
  CountView,
  EntryView,
  FindingGroupView,
  FindingItemView,
  FindingView,
  GapView,
  InlinePart,
  MovedFromView,
  Paragraph,
  PartView,
  Segment,
  SegmentOp,
  SummaryView,
  VersionView,
  ViewModel,
  ViewModelOptions,
} from './view-model.js';
export { TEMPLATES_DIR } from './load-templates.js';
