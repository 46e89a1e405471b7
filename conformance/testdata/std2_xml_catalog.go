package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Version string   `xml:"version,attr"`
	Books   []Book   `xml:"book"`
	Comment string   `xml:",comment"`
}

type Book struct {
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Year    int      `xml:"year"`
	Price   Price    `xml:"price"`
	InStock bool     `xml:"in_stock,omitempty"`
	Summary string   `xml:"summary,omitempty"`
}

type Price struct {
	Currency string  `xml:"currency,attr"`
	Amount   float64 `xml:",chardata"`
}

const source = `<?xml version="1.0" encoding="UTF-8"?>
<catalog version="2">
  <!-- sample data -->
  <book id="b1">
    <title>The Go Programming Language</title>
    <authors><author>Alan Donovan</author><author>Brian Kernighan</author></authors>
    <year>2015</year>
    <price currency="USD">34.99</price>
    <in_stock>true</in_stock>
  </book>
  <book id="b2">
    <title>Tom &amp; Jerry &lt;Annotated&gt;</title>
    <authors><author>Anonymous</author></authors>
    <year>1999</year>
    <price currency="EUR">12.5</price>
    <summary><![CDATA[Contains <raw> markup & stuff]]></summary>
  </book>
</catalog>`

func main() {
	var c Catalog
	if err := xml.Unmarshal([]byte(source), &c); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	fmt.Printf("catalog %s version=%s books=%d\n", c.XMLName.Local, c.Version, len(c.Books))
	for _, b := range c.Books {
		fmt.Printf("- [%s] %q (%d) by %s; %.2f %s; in stock: %v\n",
			b.ID, b.Title, b.Year, strings.Join(b.Authors, " & "), b.Price.Amount, b.Price.Currency, b.InStock)
		if b.Summary != "" {
			fmt.Printf("  summary: %s\n", b.Summary)
		}
	}

	c.Books = append(c.Books, Book{
		ID: "b3", Title: "Concurrency <in> Practice", Authors: []string{"Ann", "Bo"},
		Year: 2024, Price: Price{"GBP", 20}, InStock: true,
	})
	c.Comment = " generated "
	out, err := xml.MarshalIndent(c, "", "  ")
	if err != nil {
		fmt.Println("marshal error:", err)
		return
	}
	os.Stdout.WriteString(xml.Header)
	os.Stdout.Write(out)
	fmt.Println()

	dec := xml.NewDecoder(strings.NewReader(source))
	depth, elements := 0, 0
	maxDepth := 0
	var titles []string
	inTitle := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			elements++
			maxDepth = max(maxDepth, depth)
			inTitle = t.Name.Local == "title"
		case xml.EndElement:
			depth--
			inTitle = false
		case xml.CharData:
			if inTitle {
				titles = append(titles, string(t))
			}
		}
	}
	fmt.Printf("tokens: elements=%d maxDepth=%d titles=%q\n", elements, maxDepth, titles)

	var bad Catalog
	err = xml.Unmarshal([]byte("<catalog><book></catalog>"), &bad)
	fmt.Println("bad xml:", err)

	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`a < b && "c" > 'd'`))
	fmt.Println("escaped:", sb.String())
}
