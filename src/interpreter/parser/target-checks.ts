// Which expressions may be assigned to or deleted: names, attributes, subscripts, and tuples or
// lists of them (with at most one starred element when assigning).

import type { Expr, NodeBase } from "./ast.js";
import { Messages } from "./messages.js";

export type Reporter = (node: NodeBase, message: string) => void;

// star_targets: star_target (',' star_target)*;  star_target: ['*'] (NAME | attribute | subscript | '(' star_targets ')' | '[' star_targets ']')
export function checkAssignTarget(target: Expr, report: Reporter): void {
  switch (target.kind) {
    case "Name":
    case "Attribute":
    case "Subscript":
    case "ErrorExpr":
      return;
    case "Tuple":
    case "List":
      checkTargetSequence(target.elts, report);
      return;
    default:
      report(target, Messages.cantAssign);
  }
}

function checkTargetSequence(elts: Expr[], report: Reporter): void {
  let starred = 0;
  for (const elt of elts) {
    if (elt.kind !== "Starred") {
      checkAssignTarget(elt, report);
      continue;
    }
    starred++;
    if (starred === 2) report(elt, Messages.multipleStarred);
    if (elt.value.kind === "Starred") report(elt.value, Messages.cantAssign);
    else checkAssignTarget(elt.value, report);
  }
}

// single_target: NAME | attribute | subscript | '(' single_target ')'
export function checkAugAssignTarget(target: Expr, report: Reporter): void {
  const kind = target.kind;
  if (kind !== "Name" && kind !== "Attribute" && kind !== "Subscript" && kind !== "ErrorExpr") report(target, Messages.cantAssign);
}

// del_target: NAME | attribute | subscript | '(' [del_targets] ')' | '[' [del_targets] ']'
export function checkDeleteTarget(target: Expr, report: Reporter): void {
  switch (target.kind) {
    case "Name":
    case "Attribute":
    case "Subscript":
    case "ErrorExpr":
      return;
    case "Tuple":
    case "List":
      for (const elt of target.elts) checkDeleteTarget(elt, report);
      return;
    default:
      report(target, Messages.cantDelete);
  }
}
