package main

import (
	"encoding/xml"
	"fmt"
)

type Address struct {
	City    string `xml:"city"`
	Country string `xml:"country,attr"`
}

type Person struct {
	XMLName xml.Name `xml:"person"`
	ID      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Email   []string `xml:"contact>email"`
	Addr    Address  `xml:"address"`
	Note    string   `xml:",comment"`
	Skip    string   `xml:"-"`
}

func main() {
	p := Person{
		ID:    7,
		Name:  "Ada <Lovelace>",
		Email: []string{"ada@example.com", "al@example.org"},
		Addr:  Address{City: "London", Country: "UK"},
		Note:  " first programmer ",
		Skip:  "hidden",
	}
	out, err := xml.MarshalIndent(p, "", "  ")
	if err != nil {
		fmt.Println("marshal error:", err)
	}
	fmt.Println(string(out))

	var q Person
	if err := xml.Unmarshal(out, &q); err != nil {
		fmt.Println("unmarshal error:", err)
	}
	fmt.Printf("id=%d name=%q emails=%v\n", q.ID, q.Name, q.Email)
	fmt.Printf("city=%s country=%s skip=%q\n", q.Addr.City, q.Addr.Country, q.Skip)
	fmt.Println("root:", q.XMLName.Local)

	raw := `<person id="42"><name>Bob</name><address country="FR"><city>Paris</city></address><extra>x</extra></person>`
	var r Person
	err = xml.Unmarshal([]byte(raw), &r)
	fmt.Println(err, r.ID, r.Name, r.Addr.City, r.Addr.Country, len(r.Email))

	bad := `<person id="abc"></person>`
	err = xml.Unmarshal([]byte(bad), &r)
	fmt.Println("bad id error:", err != nil)

	type Item struct {
		Key   string `xml:"k,attr"`
		Value string `xml:",chardata"`
	}
	b, _ := xml.Marshal([]Item{{"a", "1 & 2"}, {"b", "\"q\""}})
	fmt.Println(string(b))
}
