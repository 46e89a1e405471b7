package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Contact struct {
	Email string `json:"email"`
	Phone string `json:"phone,omitempty"`
	Desk  string `json:"desk,omitempty"`
}

type Audit struct {
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
}

func (a *Audit) Touch(by string, at time.Time) { a.CreatedBy, a.CreatedAt = by, at }

type Employee struct {
	ID      int    `json:"id"`
	First   string `json:"first_name"`
	Last    string `json:"last_name"`
	Title   string `json:"title"`
	Dept    string `json:"department"`
	Manager int    `json:"manager_id,omitempty"`
	Contact        // embedded: fields promoted into JSON object
	Audit   `json:"audit"`
}

func (e Employee) FullName() string { return e.First + " " + e.Last }

type Directory struct {
	byID map[int]*Employee
}

func NewDirectory(list []Employee) *Directory {
	d := &Directory{byID: make(map[int]*Employee)}
	for i := range list {
		d.byID[list[i].ID] = &list[i]
	}
	return d
}

func (d *Directory) Each(fn func(*Employee)) {
	ids := make([]int, 0, len(d.byID))
	for id := range d.byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fn(d.byID[id])
	}
}

func (d *Directory) ChainOfCommand(id int) []string {
	var chain []string
	for e, ok := d.byID[id]; ok; e, ok = d.byID[e.Manager] {
		chain = append(chain, e.FullName())
	}
	return chain
}

func (d *Directory) Reports(id int) []*Employee {
	var out []*Employee
	d.Each(func(e *Employee) {
		if e.Manager == id {
			out = append(out, e)
		}
	})
	return out
}

func main() {
	staff := []Employee{
		{ID: 1, First: "Rosa", Last: "Diaz", Title: "CEO", Dept: "Exec", Contact: Contact{Email: "rosa@corp.example", Desk: "A1"}},
		{ID: 2, First: "Tom", Last: "Bauer", Title: "CFO", Dept: "Finance", Manager: 1, Contact: Contact{Email: "tom@corp.example"}},
		{ID: 3, First: "Uma", Last: "Iyer", Title: "Controller", Dept: "Finance", Manager: 2, Contact: Contact{Email: "uma@corp.example", Phone: "x204"}},
		{ID: 4, First: "Vic", Last: "Olsen", Title: "AP Clerk", Dept: "Finance", Manager: 3, Contact: Contact{Email: "vic@corp.example"}},
		{ID: 5, First: "Wen", Last: "Zhou", Title: "CTO", Dept: "Engineering", Manager: 1, Contact: Contact{Email: "wen@corp.example", Phone: "x300"}},
		{ID: 6, First: "Xavi", Last: "Ruiz", Title: "Engineer", Dept: "Engineering", Manager: 5, Contact: Contact{Email: "xavi@corp.example"}},
	}
	onboard := time.Date(2024, 2, 1, 9, 0, 0, 0, time.UTC)
	for i := range staff {
		staff[i].Touch("hr-import", onboard.Add(time.Duration(i)*time.Minute))
	}

	dir := NewDirectory(staff)

	// Method value bound to a directory.
	chain := dir.ChainOfCommand
	fmt.Println("Chain for Vic:", strings.Join(chain(4), " -> "))
	fmt.Println("Chain for Xavi:", strings.Join(chain(6), " -> "))

	var printTree func(id, depth int)
	printTree = func(id, depth int) {
		e := dir.byID[id]
		fmt.Printf("%s%s, %s <%s>\n", strings.Repeat("  ", depth), e.FullName(), e.Title, e.Email)
		for _, r := range dir.Reports(id) {
			printTree(r.ID, depth+1)
		}
	}
	fmt.Println("\nOrg chart:")
	printTree(1, 0)

	headcount := map[string]int{}
	dir.Each(func(e *Employee) { headcount[e.Dept]++ })
	fmt.Println("\nHeadcount:", headcount)

	// Method expression: Employee.FullName used as a plain function.
	names := make([]string, 0, len(staff))
	fullName := Employee.FullName
	for _, e := range staff {
		names = append(names, fullName(e))
	}
	sort.Strings(names)
	fmt.Println("Sorted names:", names)

	b, err := json.MarshalIndent(dir.byID[3], "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
}
