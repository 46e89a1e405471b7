// Section 5.10 and Exercise 5.19: soleTitle uses panic and recover to report errors.
package main

import (
	"fmt"
	"strings"
)

// node is a tiny stand-in for an HTML node tree.
type node struct {
	tag      string
	text     string
	children []*node
}

func forEachNode(n *node, pre func(n *node)) {
	pre(n)
	for _, c := range n.children {
		forEachNode(c, pre)
	}
}

// soleTitle returns the text of the first non-empty title element
// in doc, and an error if there was not exactly one.
func soleTitle(doc *node) (title string, err error) {
	type bailout struct{}
	defer func() {
		switch p := recover(); p {
		case nil:
			// no panic
		case bailout{}:
			// "expected" panic
			err = fmt.Errorf("multiple title elements")
		default:
			panic(p) // unexpected panic; carry on panicking
		}
	}()
	forEachNode(doc, func(n *node) {
		if n.tag == "title" && n.text != "" {
			if title != "" {
				panic(bailout{}) // multiple title elements
			}
			title = n.text
		}
	})
	if title == "" {
		return "", fmt.Errorf("no title element")
	}
	return title, nil
}

// noReturn returns a non-zero value without a return statement (Exercise 5.19).
func noReturn(x int) (result int) {
	defer func() {
		if p := recover(); p != nil {
			result = p.(int) * 2
		}
	}()
	panic(x)
}

func page(titles ...string) *node {
	head := &node{tag: "head"}
	for _, t := range titles {
		head.children = append(head.children, &node{tag: "title", text: t})
	}
	body := &node{tag: "body", children: []*node{{tag: "p", text: "hello"}}}
	return &node{tag: "html", children: []*node{head, body}}
}

func main() {
	docs := []*node{
		page("The Go Programming Language"),
		page(),
		page("One", "Two"),
		page("", "Only non-empty"),
	}
	for i, d := range docs {
		title, err := soleTitle(d)
		fmt.Printf("doc %d: title=%q err=%v\n", i, title, err)
	}
	fmt.Println(noReturn(21), noReturn(-4))

	func() {
		defer func() {
			p := recover()
			fmt.Println("re-panicked value:", p)
		}()
		var nilDoc *node
		_, _ = soleTitle(&node{tag: "html", children: []*node{nilDoc}})
	}()
	fmt.Println(strings.Repeat("-", 10), "done")
}
