package eval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	cells := os.Getenv("DBG_CELLS")
	if cells == "" {
		t.Skip()
	}
	s := newSession(t, Options{Preload: true})
	for _, code := range strings.Split(cells, "\n----\n") {
		res, err := s.Execute(context.Background(), code)
		if res != nil {
			fmt.Printf(">>> %q -> %v %v\n", code, res.HasValue, res.Data)
		} else {
			fmt.Printf(">>> %q -> ERR %v\n", code, err)
			if e, ok := err.(*Error); ok {
				fmt.Println(strings.Join(e.Traceback, "\n"))
			}
		}
	}
}
