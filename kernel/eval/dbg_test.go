package eval

import (
	"context"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	code := os.Getenv("DBG_CELL")
	if code == "" {
		t.Skip()
	}
	s := newSession(t, Options{})
	res, err := s.Execute(context.Background(), code)
	t.Logf("res %+v err %v", res, err)
}
