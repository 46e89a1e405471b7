package display

import (
	"fmt"
	"html"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Table displays rows under headers as an HTML table (and aligned text).
// A row with more cells than there are headers panics; shorter rows are
// padded. headers may be nil for a table without a header row. Update
// takes new rows.
//
//	display.Table([]string{"thread", "count"}, [][]any{{"T1", 3}, {"T2", 6}})
func Table(headers []string, rows [][]any) *Display {
	return show("Table", rows, func(c any) (map[string]any, error) {
		rows, ok := c.([][]any)
		if !ok {
			return nil, fmt.Errorf("want rows as [][]any, got %T", c)
		}
		return renderTable(headers, rows)
	})
}

func renderTable(headers []string, rows [][]any) (map[string]any, error) {
	width := len(headers)
	for i, r := range rows {
		if headers != nil && len(r) > len(headers) {
			return nil, fmt.Errorf("row %d has %d cells, but there are %d headers", i, len(r), len(headers))
		}
		width = max(width, len(r))
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = make([]string, width)
		for j, v := range r {
			cells[i][j] = fmt.Sprint(v)
		}
	}
	var h strings.Builder
	h.WriteString("<table>\n")
	if headers != nil {
		h.WriteString("<thead><tr>")
		for _, s := range headers {
			h.WriteString("<th>" + html.EscapeString(s) + "</th>")
		}
		h.WriteString("</tr></thead>\n")
	}
	h.WriteString("<tbody>\n")
	for _, r := range cells {
		h.WriteString("<tr>")
		for _, s := range r {
			h.WriteString("<td>" + html.EscapeString(s) + "</td>")
		}
		h.WriteString("</tr>\n")
	}
	h.WriteString("</tbody>\n</table>")

	// text: columns padded to their widest cell
	all := cells
	if headers != nil {
		all = append([][]string{padRow(headers, width)}, cells...)
	}
	colw := make([]int, width)
	for _, r := range all {
		for j, s := range r {
			colw[j] = max(colw[j], utf8.RuneCountInString(s))
		}
	}
	var t strings.Builder
	for i, r := range all {
		line := make([]string, width)
		for j, s := range r {
			line[j] = s + strings.Repeat(" ", colw[j]-utf8.RuneCountInString(s))
		}
		t.WriteString(strings.TrimRight(strings.Join(line, "  "), " ") + "\n")
		if i == 0 && headers != nil {
			dash := make([]string, width)
			for j := range dash {
				dash[j] = strings.Repeat("-", colw[j])
			}
			t.WriteString(strings.Join(dash, "  ") + "\n")
		}
	}
	return map[string]any{"text/html": h.String(), "text/plain": strings.TrimRight(t.String(), "\n")}, nil
}

func padRow(r []string, n int) []string {
	out := make([]string, n)
	copy(out, r)
	return out
}

// Bar displays how often each outcome happened as a horizontal bar chart
// (HTML, and text bars). counts is a map from outcome (any key type) to a
// number, e.g. map[int]int{12: 40, 10: 3}. Numeric outcomes are sorted by
// value, others alphabetically. Update takes new counts, so a chart can
// grow while a cell is rerun.
//
//	outcomes := map[int]int{}
//	// after each run of the race: outcomes[counter]++
//	display.Bar(outcomes)
func Bar(counts any) *Display {
	return show("Bar", counts, renderBar)
}

func renderBar(c any) (map[string]any, error) {
	m := reflect.ValueOf(c)
	if m.Kind() != reflect.Map {
		return nil, fmt.Errorf("want a map from outcome to count, like map[string]int, got %T", c)
	}
	var labels []string
	var nums, vals []float64
	numeric := true
	it := m.MapRange()
	for it.Next() {
		k, v := it.Key(), it.Value()
		for v.Kind() == reflect.Interface {
			v = v.Elem()
		}
		var f float64
		switch {
		case v.CanInt():
			f = float64(v.Int())
		case v.CanUint():
			f = float64(v.Uint())
		case v.CanFloat():
			f = v.Float()
		default:
			return nil, fmt.Errorf("the count of %v is a %s, not a number", k, v.Type())
		}
		if f < 0 || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("the count of %v is %v; counts must be finite and >= 0", k, f)
		}
		label := fmt.Sprint(k.Interface())
		n, err := strconv.ParseFloat(label, 64)
		if err != nil {
			numeric = false
		}
		labels, nums, vals = append(labels, label), append(nums, n), append(vals, f)
	}
	order := sortedKeys(labels, nums, numeric)
	most, lw := 0.0, 0
	for i := range labels {
		most = max(most, vals[i])
		lw = max(lw, utf8.RuneCountInString(labels[i]))
	}
	const cols = 40
	var t, h strings.Builder
	h.WriteString(`<table style="border-collapse:collapse">` + "\n")
	for _, i := range order {
		frac := 0.0
		if most > 0 {
			frac = vals[i] / most
		}
		num := strconv.FormatFloat(vals[i], 'f', -1, 64)
		fmt.Fprintf(&t, "%*s | %s %s\n", lw, labels[i], strings.Repeat("█", int(math.Round(frac*cols))), num)
		fmt.Fprintf(&h, `<tr><td style="text-align:right;padding-right:6px">%s</td>`+
			`<td style="width:320px"><div style="background:#4c78a8;height:14px;width:%.1f%%"></div></td>`+
			`<td style="padding-left:6px">%s</td></tr>`+"\n", html.EscapeString(labels[i]), 100*frac, num)
	}
	h.WriteString("</table>")
	if len(labels) == 0 {
		return map[string]any{"text/plain": "(no counts)", "text/html": "<i>(no counts)</i>"}, nil
	}
	return map[string]any{"text/plain": strings.TrimRight(t.String(), "\n"), "text/html": h.String()}, nil
}
