package eval

import (
	"go/ast"

	"gokernel/kernel/gencycle"
)

// genericCycle finds a generic type of the cell on a cycle yaegi cannot
// instantiate (see kernel/gencycle): its stack would overflow, killing
// the evaluator, so the cell must stop here (the guard makes such a cell
// run compiled when the type check ran first).
func (c *cell) genericCycle() (name string, off int, found bool) {
	var types gencycle.Types
	offs := map[string]int{}
	for i, p := range c.parsed {
		ast.Inspect(p.file, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			if types.Add(ts) {
				offs[ts.Name.Name] = c.units[i].start + p.off(ts.Name.Pos())
			}
			return false
		})
	}
	if name, found = types.First(); found {
		return name, offs[name], true
	}
	return "", 0, false
}
