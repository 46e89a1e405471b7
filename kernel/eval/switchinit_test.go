package eval

import "testing"

// A switch with a statement and a tag chooses by the tag's value, in a
// function and at the top level of a cell (yaegi took the first case
// whatever the value: a hash map's probe never found a key).
func TestSwitchWithStatementAndTag(t *testing.T) {
	const decls = `type slot struct {
	key   string
	state int
}

func find(slots []slot, key string) int {
	for idx := range slots {
		switch s := &slots[idx]; s.state {
		case 0:
			return -1
		case 1:
			if s.key == key {
				return idx
			}
		}
	}
	return -2
}`
	const body = `slots := []slot{{"a", 1}, {"b", 1}, {"", 0}}
fmt.Println(find(slots, "b"), find(slots, "z"))
switch x := slots[1]; x.key {
case "a":
	fmt.Println("first")
case "b":
	fmt.Println("second", x.state)
}`
	sameAsGoRun(t, decls, body)
}
