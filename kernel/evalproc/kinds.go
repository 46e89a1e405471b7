package evalproc

import (
	"context"
	"strings"
)

// completeTypes gives the kind of each completion (see
// eval.Session.CompleteTypes); a magic's is "magic".
func (e *evaluator) completeTypes(code string, cursor int, matches []string) []string {
	if len(matches) > 0 && strings.HasPrefix(matches[0], "%") {
		types := make([]string, len(matches))
		for i := range types {
			types[i] = "magic"
		}
		return types
	}
	if ct, ok := e.sess.(interface {
		CompleteTypes(code string, cursor int, matches []string) []string
	}); ok {
		return ct.CompleteTypes(code, cursor, matches)
	}
	return nil
}

// CompleteItems is Complete with the kind of each match ("function",
// "type", "keyword", ...; see eval.Session.CompleteTypes), which the
// kernel sends as complete_reply's _jupyter_types_experimental. types is
// nil when the evaluator does not know them.
func (s *Supervisor) CompleteItems(ctx context.Context, code string, cursorPos int) (matches, types []string, start, end int, err error) {
	ev, err := s.call(ctx, request{Kind: reqComplete, Code: code, CursorPos: cursorPos})
	if err != nil {
		return nil, nil, 0, 0, err
	}
	if len(ev.Types) != len(ev.Matches) {
		ev.Types = nil
	}
	return ev.Matches, ev.Types, ev.Start, ev.End, nil
}
