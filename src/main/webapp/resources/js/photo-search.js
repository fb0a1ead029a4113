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

  var lastFile = null;

  /* The three likeliest sub-categories with their calibrated percentages, as buttons: picking one asks again for
     look-alikes from that sub-category only; "all" drops the filter. */
  function choices(answer, picked) {
    prediction.textContent = "";
    var label = document.createElement("span");
    label.textContent = (answer.closeMatch ? texts["photo.predicted"] : texts["photo.noMatch"] + " " + texts["photo.maybe"]) + " ";
    prediction.appendChild(label);
    (answer.subCategories || []).forEach(function (s) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "vt-choice" + (picked === s.subCategory ? " vt-choice-on" : "");
      button.setAttribute("data-sub-category", s.subCategory);
      button.setAttribute("aria-pressed", picked === s.subCategory ? "true" : "false");
      button.textContent = (names[s.subCategory] || s.subCategory) + " " + Math.round(s.probability * 100) + " %";
      button.title = texts["photo.pick"];
      button.addEventListener("click", function () { search(lastFile, s.subCategory); });
      prediction.appendChild(button);
    });
    if (picked) {
      var all = document.createElement("button");
      all.type = "button";
      all.className = "vt-choice";
      all.textContent = texts["photo.all"];
      all.addEventListener("click", function () { search(lastFile, null); });
      prediction.appendChild(all);
    }
    var best = answer.subCategories && answer.subCategories[0];
    prediction.setAttribute("data-sub-category", best ? best.subCategory : "");
    prediction.setAttribute("data-close-match", answer.closeMatch ? "true" : "false");
    prediction.hidden = false;
  }

  function show(answer, picked) {
    list.textContent = "";
    choices(answer, picked);
    (answer.products || []).forEach(function (item) { list.appendChild(card(item)); });
    // no close match: the products are only the closest the shop has, and the title says so
    title.textContent = answer.closeMatch || picked ? texts["photo.lookAlikes"] : texts["photo.closest"];
    title.hidden = false;
    say(answer.products && answer.products.length ? (answer.closeMatch || picked ? "" : texts["photo.noMatch"]) : texts["photo.none"]);
  }

  function search(file, picked) {
    if (!file) {
      return;
    }
    if (file !== lastFile) {
      preview.src = URL.createObjectURL(file);
      lastFile = file;
    }
    preview.hidden = false;
    prediction.hidden = true;
    say(texts["photo.searching"]);
    var endpoint = root.getAttribute("data-endpoint") + (picked ? "&subCategory=" + encodeURIComponent(picked) : "");
    fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": file.type || "application/octet-stream", "Accept": "application/json" },
      body: file
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) { show(answer, picked); });
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
    search(input.files[0], null);
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
      search(e.dataTransfer.files[0], null);
    }
  });
}());
