package server_test

import (
	"strings"
	"testing"

	"gokernel/kernel/client"
)

// complete_reply carries the kind of each match in its metadata
// (_jupyter_types_experimental, which JupyterLab shows as icons), and
// inspect shows the standard library's doc comments with parameter names.
func TestCompleteTypesAndStdlibDocs(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, "func trimAll(xs []string) []string { return xs }\ntrimCount := 2")
	kinds := func(code string) map[string]string {
		t.Helper()
		m, err := k.Request(ctx, client.Shell, "complete_request", map[string]any{"code": code, "cursor_pos": len(code)})
		if err != nil {
			t.Fatal(err)
		}
		v := content(t, m)
		matches, _ := v["matches"].([]any)
		meta, _ := v["metadata"].(map[string]any)
		items, _ := meta["_jupyter_types_experimental"].([]any)
		if len(items) != len(matches) || len(items) == 0 {
			t.Fatalf("complete %q: %d matches, types %v", code, len(matches), meta)
		}
		out := map[string]string{}
		for i, it := range items {
			item := it.(map[string]any)
			if item["text"] != matches[i] || item["start"] != v["cursor_start"] || item["end"] != v["cursor_end"] {
				t.Errorf("item %v does not match %v at %v-%v", item, matches[i], v["cursor_start"], v["cursor_end"])
			}
			out[item["text"].(string)], _ = item["type"].(string)
		}
		return out
	}
	got := kinds("trim")
	if got["trimAll"] != "function" || got["trimCount"] != "variable" {
		t.Errorf("kinds of trim...: %v", got)
	}
	got = kinds("strings.Trim")
	if got["TrimSpace"] != "function" {
		t.Errorf("kinds of strings.Trim...: %v", got)
	}
	got = kinds("%ls")
	if got["%lsmagic"] != "magic" {
		t.Errorf("kinds of %%ls...: %v", got)
	}

	code := "strings.TrimSpace"
	m, err := k.Request(ctx, client.Shell, "inspect_request", map[string]any{"code": code, "cursor_pos": len(code), "detail_level": 0})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := content(t, m)["data"].(map[string]any)
	text, _ := data["text/plain"].(string)
	if !strings.Contains(text, "func strings.TrimSpace(s string) string") || !strings.Contains(text, "TrimSpace returns a slice") {
		t.Errorf("inspect %s: %q", code, text)
	}
}
