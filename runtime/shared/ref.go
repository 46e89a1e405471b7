package shared

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// ref is what a shared value looks like in JSON: which segment to attach.
type ref struct {
	Shared  string `json:"shared"`  // the Go type, e.g. "shared.Int"
	Segment string `json:"segment"` // file name in /dev/shm
}

var allKinds = []string{kindInt, kindFloat, kindBool, kindIntArray, kindFloatArray, kindStringArray, kindLock, kindRLock, kindSemaphore}

func marshalRef(s *segment, typ string) ([]byte, error) {
	if s == nil {
		return nil, fmt.Errorf("shared: cannot pass a %s that was not made with shared.New%s", typ, strings.TrimPrefix(typ, "shared."))
	}
	return json.Marshal(ref{Shared: kindName(s.kind), Segment: s.name})
}

// unmarshalRef attaches *dst to the segment b refers to, which must be of
// one of kinds.
func unmarshalRef(b []byte, dst **segment, kinds ...string) error {
	if string(b) == "null" {
		return nil
	}
	var r ref
	if err := json.Unmarshal(b, &r); err != nil || r.Segment == "" {
		return fmt.Errorf("shared: want a reference like {\"shared\":%q,\"segment\":\"...\"}, got %s", kindName(kinds[0]), b)
	}
	kind := ""
	for _, k := range allKinds {
		if kindName(k) == r.Shared {
			kind = k
		}
	}
	if !slices.Contains(kinds, kind) {
		return fmt.Errorf("shared: cannot use a %s reference as a %s", r.Shared, kindName(kinds[0]))
	}
	s, err := attach(r.Segment, kind)
	if err != nil {
		return err
	}
	*dst = s
	return nil
}

// mustCreate is create for constructors, which panic: a cell cannot go on
// without the value it asked for.
func mustCreate(kind string, n, elem, capa int) *segment {
	s, err := create(kind, n, elem, capa)
	if err != nil {
		panic(err)
	}
	return s
}
