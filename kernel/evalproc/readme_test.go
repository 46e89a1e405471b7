package evalproc

import (
	"os"
	"strings"
	"testing"
)

// The README documents every magic a cell can use (the built-ins and the
// compiled ones), and shell lines.
func TestReadmeDocumentsEveryMagic(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "\n## Magics\n")
	if !ok {
		t.Fatal("README.md has no Magics section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	for _, m := range newMagics().All() {
		var forms []string
		if m.Line {
			forms = append(forms, "`%"+m.Name)
		}
		if m.Cell {
			forms = append(forms, "`%%"+m.Name)
		}
		for _, f := range forms {
			if !strings.Contains(section, f) {
				t.Errorf("the README's Magics section does not document %s`", f)
			}
		}
	}
	if !strings.Contains(section, "`!COMMAND`") {
		t.Error("the README's Magics section does not document !COMMAND shell lines")
	}
}
