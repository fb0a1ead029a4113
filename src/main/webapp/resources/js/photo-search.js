/* Photo search: sends the chosen or dropped photo to the REST endpoint and shows the answer. Every text from the
   answer goes in with textContent, so a product name can never become markup. */
(function () {
  "use strict";
  var root = document.getElementById("photo-search");
  if (!root) {
    return;
  }
  var names = JSON.parse(root.getAttribute("data-names"));
  var texts = JSON.parse(root.getAttribute("data-texts"));
  var input = document.getElementById("photo");
  var zone = document.getElementById("drop-zone");
  var preview = document.getElementById("preview");
  var status = document.getElementById("status");
  var prediction = document.getElementById("prediction");
  var title = document.getElementById("look-alikes-title");
  var list = document.getElementById("look-alikes");
  var money = function (amount, currency) {
    return new Intl.NumberFormat(root.getAttribute("data-currency-locale"), { style: "currency", currency: currency }).format(amount);
  };

  function say(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function card(item) {
    var article = document.createElement("article");
    article.className = "vt-card";
    var link = document.createElement("a");
    link.className = "vt-card-link";
    link.href = root.getAttribute("data-product-url") + "?id=" + encodeURIComponent(item.productId) + "&src=photo-search";
    var img = document.createElement("img");
    img.src = item.image ? root.getAttribute("data-context") + item.image : root.getAttribute("data-context") + "/resources/img/no-image.svg";
    img.alt = item.name;
    img.width = 256;
    img.height = 256;
    img.loading = "lazy";
    var name = document.createElement("h3");
    name.className = "vt-card-title";
    name.textContent = item.name;
    link.appendChild(img);
    link.appendChild(name);
    var price = document.createElement("p");
    price.className = "vt-card-price";
    price.textContent = money(item.price, item.currency);
    var similarity = document.createElement("p");
    similarity.className = "vt-card-brand";
    similarity.textContent = texts["photo.similarity"] + " " + Math.round(item.similarity * 100) + " %";
    article.setAttribute("data-product", item.productId);
    article.appendChild(link);
    article.appendChild(price);
    article.appendChild(similarity);
    return article;
  }

  function show(answer) {
    list.textContent = "";
    var best = answer.subCategories && answer.subCategories[0];
    if (best) {
      prediction.textContent = texts["photo.predicted"] + " " + (names[best.subCategory] || best.subCategory) + " ("
        + texts["photo.probability"] + " " + Math.round(best.probability * 100) + " %)";
      prediction.setAttribute("data-sub-category", best.subCategory);
      prediction.hidden = false;
    }
    (answer.products || []).forEach(function (item) { list.appendChild(card(item)); });
    title.hidden = false;
    say(answer.products && answer.products.length ? "" : texts["photo.none"]);
  }

  function search(file) {
    if (!file) {
      return;
    }
    preview.src = URL.createObjectURL(file);
    preview.hidden = false;
    prediction.hidden = true;
    say(texts["photo.searching"]);
    fetch(root.getAttribute("data-endpoint"), {
      method: "POST",
      headers: { "Content-Type": file.type || "application/octet-stream", "Accept": "application/json" },
      body: file
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(show);
      }
      // expected refusals (bad file, too large, model loading) are told to the shopper, not logged as errors
      say(texts["photo.error." + response.status] || texts["photo.error.other"]);
      list.textContent = "";
      return null;
    }).catch(function () {
      say(texts["photo.error.other"]);
    });
  }

  input.addEventListener("change", function () {
    search(input.files[0]);
  });
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (e) {
      e.preventDefault();
      zone.classList.add("over");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function (e) {
      e.preventDefault();
      zone.classList.remove("over");
    });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      search(e.dataTransfer.files[0]);
    }
  });
}());
