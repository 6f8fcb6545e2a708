import { Badge, type BadgeProps } from "@fluentui/react-components";
import { RAG_WORDS, type RagName } from "../labels";

const COLOURS: Record<RagName, BadgeProps["color"]> = { blue: "brand", green: "success", amber: "warning", red: "danger" };

export interface RagBadgeProps {
  rag: RagName | null;
}

/** The RAG's word on its colour: the word carries the meaning, the colour only helps. */
export function RagBadge({ rag }: RagBadgeProps) {
  if (!rag) return <Badge appearance="outline" color="subtle">No RAG</Badge>;
  return (
    <Badge appearance="filled" color={COLOURS[rag]}>
      {RAG_WORDS[rag]}
    </Badge>
  );
}
