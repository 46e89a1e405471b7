package typecheck

import "testing"

// A cell ends in a value a notebook shows unless its last statement is a
// printer's call or a call that returns only an error.
func TestVerdictEndsInValue(t *testing.T) {
	c := checker(t)
	for _, tc := range []struct {
		cell string
		want bool
	}{
		{`strconv.Atoi("12")`, true},
		{`fmt.Println("hi")`, false},
		{"enc := json.NewEncoder(os.Stdout)\nenc.Encode(1)", false},
		{`errors.New("boom")`, true}, // made for its value
		{`fmt.Errorf("e %d", 1)`, true},
		{`os.Remove("/nonexistent/x")`, false}, // for its effect
		{"x := 1\nx++", false},
	} {
		v, err := c.Verify(nil, tc.cell, nil)
		if err != nil || !v.Checked {
			t.Fatalf("%q: %+v, %v", tc.cell, v, err)
		}
		if v.EndsInValue != tc.want {
			t.Errorf("%q: EndsInValue %v, want %v", tc.cell, v.EndsInValue, tc.want)
		}
	}
}

// A cell that ends in a plain value (`x`) is checked like any other: Go's
// "is not used" of the final expression is the value a notebook shows.
func TestFinalValueIsChecked(t *testing.T) {
	c := checker(t)
	for _, cell := range []string{"x := 2\nx", "x := 2\nx * 3", "var e error\ne"} {
		v, err := c.Verify(nil, cell, nil)
		if err != nil || !v.Checked || !v.EndsInValue {
			t.Errorf("%q: %+v, %v", cell, v, err)
		}
	}
	if _, err := c.Verify(nil, "x := 2\nx * y", nil); err == nil {
		t.Error("an undefined name in the final value: no error")
	}
}
